// Loaded only through React.lazy (LazyYaml.tsx): Monaco's diff editor, defaults on the left. New
// texts reach its two models as edits of the lines that changed (model-text.ts).
import { DiffEditor, type DiffOnMount } from "@monaco-editor/react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { PREVIEW_LANGUAGE } from "./monaco";
import { showText } from "./model-text";
import { PlainYaml } from "./PlainYaml";
import { READ_ONLY_OPTIONS, type TYamlDiffProps } from "./view-options";
import { editorTheme } from "./editor-theme";

type TDiffEditor = Parameters<DiffOnMount>[0];

export default function MonacoYamlDiff({ original, modified, label, originalLabel, theme, modelPaths }: TYamlDiffProps) {
  const diffEditor = useRef<TDiffEditor | null>(null);
  // The texts the models are created with; later texts are edits.
  const [initial] = useState({ original, modified });
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
    const models = diffEditor.current?.getModel();
    if (!models) return;
    showText(models.original, original);
    showText(models.modified, modified);
  }, [original, modified]);
  // @monaco-editor/react disposes the two models before the diff widget that shows them, which
  // Monaco reports as an uncaught error on every unmount. The library keeps its hands off the
  // models (keepCurrent*Model) and they are released here, widget first: a layout effect's cleanup
  // runs while React removes the tab, before the library's own (passive) cleanup disposes the widget.
  // Disposed, not kept: the next mount would otherwise find them at their paths with an older text.
  useLayoutEffect(
    () => () => {
      const widget = diffEditor.current;
      const models = widget?.getModel();
      widget?.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
    },
    [],
  );
  return (
    <DiffEditor
      height="100%"
      language={PREVIEW_LANGUAGE}
      original={initial.original}
      modified={initial.modified}
      originalModelPath={modelPaths.original}
      modifiedModelPath={modelPaths.modified}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={(editor) => {
        diffEditor.current = editor;
        nameInnerEditors(editor, options);
        const models = editor.getModel();
        if (!models) return;
        showText(models.original, latest.current.original);
        showText(models.modified, latest.current.modified);
      }}
      theme={editorTheme(theme)}
      loading={<PlainYaml text={modified} label={label} />}
      options={options}
    />
  );
}

function nameInnerEditors(editor: TDiffEditor | null, options: { ariaLabel: string; originalAriaLabel: string }) {
  editor?.getOriginalEditor().updateOptions({ ariaLabel: options.originalAriaLabel });
  editor?.getModifiedEditor().updateOptions({ ariaLabel: options.ariaLabel });
}
