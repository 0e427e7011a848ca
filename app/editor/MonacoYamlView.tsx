// Loaded only through React.lazy (LazyYaml.tsx): a read-only Monaco editor over preview text. A
// new text reaches the model as edits of the lines that changed (model-text.ts).
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { PREVIEW_LANGUAGE } from "./monaco";
import { showText } from "./model-text";
import { PlainYaml } from "./PlainYaml";
import { READ_ONLY_OPTIONS, type TYamlViewProps } from "./view-options";
import { editorTheme } from "./editor-theme";

type TEditor = Parameters<OnMount>[0];

export default function MonacoYamlView({ text, label, theme }: TYamlViewProps) {
  // The text the model is created with; later texts are edits, not a new value.
  const [initial] = useState(text);
  const editorRef = useRef<TEditor | null>(null);
  const shown = useRef<string | undefined>(undefined);
  const latest = useRef(text);
  // The same object while the label stays: the library passes a new one to Monaco's updateOptions.
  const options = useMemo(() => ({ ...READ_ONLY_OPTIONS, ariaLabel: label }), [label]);

  useEffect(() => {
    latest.current = text;
    const model = editorRef.current?.getModel();
    if (!model || shown.current === text) return;
    showText(model, text, shown.current);
    shown.current = text;
  }, [text]);

  return (
    <Editor
      height="100%"
      language={PREVIEW_LANGUAGE}
      path="file:///dagger-helm/manifests.yaml"
      defaultValue={initial}
      theme={editorTheme(theme)}
      loading={<PlainYaml text={text} label={label} />}
      onMount={(editor) => {
        editorRef.current = editor;
        const model = editor.getModel();
        // The model outlives a tab switch: it may hold an older text.
        if (model) showText(model, latest.current);
        shown.current = latest.current;
      }}
      options={options}
    />
  );
}
