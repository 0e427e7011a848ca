// The bench's floor for typing in the values.yaml editor (preview-latency.ts): the wizard's own
// Monaco set-up (app/editor/monaco.ts: its workers, monaco-yaml and the chart's schema) and the
// editor's options, alone on a page, with no React and nothing else around it. What the wizard
// adds to a keystroke in its editor is the difference between the two.
import { monaco, VALUES_MODEL_PATH } from "../../app/editor/monaco";
import { editorTheme } from "../../app/editor/editor-theme";
import { SUGGEST_AS_YOU_TYPE_MAX_CHARS, valuesEditorOptions } from "../../app/editor/view-options";

declare global {
  interface Window {
    /** Shows `text` in the editor; resolves once its first line is on the page. */
    __showText(text: string): Promise<void>;
  }
}

const host = document.getElementById("editor")!;
let editor: ReturnType<typeof monaco.editor.create> | undefined;

window.__showText = async (text) => {
  editor?.getModel()?.dispose();
  editor?.dispose();
  const model = monaco.editor.createModel(text, "yaml", monaco.Uri.parse(VALUES_MODEL_PATH));
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  const options = valuesEditorOptions("values.yaml (editable)", text.length >= SUGGEST_AS_YOU_TYPE_MAX_CHARS);
  editor = monaco.editor.create(host, { ...options, model, theme: editorTheme("light") });
  while (!host.querySelector(".view-line")) await new Promise(requestAnimationFrame);
};
