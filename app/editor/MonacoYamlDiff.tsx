// Loaded only through React.lazy (LazyYaml.tsx): Monaco's diff editor, defaults on the left. New
// texts reach its two models as edits of the lines that changed (model-text.ts).
import { DiffEditor, type DiffOnMount } from "@monaco-editor/react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { monaco, PREVIEW_LANGUAGE } from "./monaco";
import { showText } from "./model-text";
import { PlainYaml } from "./PlainYaml";
import { READ_ONLY_OPTIONS, type TYamlDiffProps } from "./view-options";
import { editorTheme } from "./editor-theme";

type TDiffEditor = Parameters<DiffOnMount>[0];

export default function MonacoYamlDiff({ original, modified, label, originalLabel, theme, modelPaths }: TYamlDiffProps) {
  const diffEditor = useRef<TDiffEditor | null>(null);
  // The texts the models are created with; later texts are edits.
  const [initial] = useState({ original, modified });
  // The models' paths, as at mount: the cleanup releases the models at these.
  const [paths] = useState(modelPaths);
  const latest = useRef({ original, modified });
  // The same object while the label stays: the library passes a new one to Monaco's updateOptions.
  const options = useMemo(
    () => ({ ...READ_ONLY_OPTIONS, ariaLabel: label, originalAriaLabel: `${label}: ${originalLabel}`, modifiedAriaLabel: label, renderSideBySide: false, hideUnchangedRegions: { enabled: true } }),
    [label, originalLabel],
  );
  // Monaco's diff widget passes only the options that changed on to its two inner editors, and
  // blanks their aria-label when that set has no label in it (its first pass has none): both
  // editors end up unnamed. Named here, after the library's own updateOptions (a child's effects run first).
  useEffect(() => nameInnerEditors(diffEditor.current, options), [options]);
  useEffect(() => {
    latest.current = { original, modified };
    if (diffEditor.current) showTexts(diffEditor.current, latest.current);
  }, [original, modified]);
  // @monaco-editor/react disposes the two models before the diff widget that shows them, which
  // Monaco reports as an uncaught error on every unmount. The library keeps its hands off the
  // models (keepCurrent*Model) and they are released here, widget first: a layout effect's cleanup
  // runs while React removes the tab, before the library's own (passive) cleanup disposes the widget.
  // Disposed, not kept: the next mount would otherwise find them at their paths with an older text.
  // Unmounted before the library handed the widget over (onMount), the models it made are not known
  // here: those at our paths are released once no editor shows them (after the library's cleanup).
  useLayoutEffect(
    () => () => {
      const widget = diffEditor.current;
      const models = widget?.getModel();
      widget?.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
      if (!widget) setTimeout(() => releaseUnshown([paths.original, paths.modified]));
    },
    [paths],
  );
  return (
    <DiffEditor
      height="100%"
      language={PREVIEW_LANGUAGE}
      original={initial.original}
      modified={initial.modified}
      originalModelPath={paths.original}
      modifiedModelPath={paths.modified}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={(editor) => {
        diffEditor.current = editor;
        nameInnerEditors(editor, options);
        showTexts(editor, latest.current);
      }}
      theme={editorTheme(theme)}
      loading={<PlainYaml text={modified} label={label} />}
      options={options}
    />
  );
}

/**
 * Brings the two models to the new texts. Monaco carries the lines a diff shows over to the next
 * diff of the same models (so that lines a user opened stay open). A diff with an empty side shows
 * every line, and so would every diff after it: a reading that failed for a moment (a value Helm
 * refuses empties both texts) left the upgrade diff with no unchanged line hidden until the tab was
 * closed. When a side was empty, the widget takes its models again and their diff starts afresh.
 */
function showTexts(widget: TDiffEditor, texts: { original: string; modified: string }) {
  const models = widget.getModel();
  if (!models) return;
  const hadEmptySide = models.original.getValueLength() === 0 || models.modified.getValueLength() === 0;
  showText(models.original, texts.original);
  showText(models.modified, texts.modified);
  if (hadEmptySide && texts.original !== "" && texts.modified !== "") {
    widget.setModel(null);
    widget.setModel(models);
  }
}

function releaseUnshown(paths: string[]) {
  for (const path of paths) {
    const model = monaco.editor.getModel(monaco.Uri.parse(path));
    if (model && !model.isAttachedToEditor()) model.dispose();
  }
}

function nameInnerEditors(editor: TDiffEditor | null, options: { ariaLabel: string; originalAriaLabel: string }) {
  editor?.getOriginalEditor().updateOptions({ ariaLabel: options.originalAriaLabel });
  editor?.getModifiedEditor().updateOptions({ ariaLabel: options.ariaLabel });
}
