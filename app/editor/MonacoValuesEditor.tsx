// Loaded only through React.lazy (LazyYaml.tsx): the user's values.yaml in an editable Monaco
// editor. monaco-yaml applies the chart's values.schema.json to this model (completion, hover
// documentation, markers for unknown keys and wrong types); the values worker's reading of the
// text adds the syntax error and what Helm would refuse, at their lines, as Helm's YAML 1.1 rules
// see them, and where the token stands, to dot it out. Nothing here parses the text.
import Editor, { type OnMount } from "@monaco-editor/react";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { keyboardExits } from "./keyboard-exits";
import { editText } from "./model-text";
import { monaco, VALUES_MODEL_PATH } from "./monaco";
import { SentTexts } from "./sent-texts";
import { SUGGEST_AS_YOU_TYPE_MAX_CHARS, valuesEditorOptions, type TValuesEditorProps, type TValuesMarks } from "./view-options";
import { editorTheme } from "./editor-theme";

type TEditor = Parameters<OnMount>[0];

const MARKER_OWNER = "dagger-helm";

/**
 * Monaco owns the text while the user types (SentTexts). A text the editor did not send (a form
 * field, a preset, an import) is applied as one edit over the part that changed, so the cursor
 * stays where it was and Undo takes the change back.
 */
export default function MonacoValuesEditor({ value, onChange, label, theme, marks, masked }: TValuesEditorProps) {
  const editorRef = useRef<TEditor | null>(null);
  const sent = useRef(new SentTexts());
  const latest = useRef(value);
  /** True while this component changes the model itself: those changes are not the user's. */
  const applying = useRef(false);

  useEffect(() => {
    latest.current = value;
    const editor = editorRef.current;
    if (sent.current.isEcho(value) || !editor) return;
    editText(editor, value, applying);
  }, [value]);

  const shown = useRef({ marks, masked });
  const masks = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  useEffect(() => {
    shown.current = { marks, masked };
    const editor = editorRef.current;
    if (editor && marks) masks.current = mark(editor, masks.current, marks, masked);
  }, [marks, masked]);

  const onEdit = useCallback(
    (next: string | undefined) => {
      if (!applying.current) onChange(sent.current.send(next));
    },
    [onChange],
  );
  const large = value.length >= SUGGEST_AS_YOU_TYPE_MAX_CHARS;
  const options = useMemo(() => valuesEditorOptions(label, large), [label, large]);

  return (
    <Editor
      height="100%"
      language="yaml"
      path={VALUES_MODEL_PATH}
      defaultValue={value}
      theme={editorTheme(theme)}
      onMount={(editor) => {
        editorRef.current = editor;
        editor.onDidDispose(keyboardExits(editor, monaco));
        // Monaco takes the line ending from the user's system (CRLF on Windows); the file is for Helm on Linux.
        editor.getModel()?.setEOL(monaco.editor.EndOfLineSequence.LF);
        // The model outlives a tab switch; it may hold an older text than the state.
        editText(editor, latest.current, applying);
        const { marks: current, masked: secret } = shown.current;
        if (current) masks.current = mark(editor, masks.current, current, secret);
      }}
      onChange={onEdit}
      loading={null}
      options={options}
    />
  );
}

/** Sets the markers and, while the token is masked, dots it out wherever it stands (editor.module.css). */
function mark(editor: TEditor, current: monaco.editor.IEditorDecorationsCollection | null, marks: TValuesMarks, masked: string | undefined) {
  const model = editor.getModel();
  const collection = current ?? editor.createDecorationsCollection();
  if (!model) return collection;
  const lines = model.getLineCount();
  const line = (value: number) => Math.min(Math.max(value, 1), lines);
  const list: monaco.editor.IMarkerData[] = marks.problems.map((problem) => ({
    severity: monaco.MarkerSeverity.Error,
    message: `${problem.message} (Helm refuses values.yaml with this under the chart's schema)`,
    startLineNumber: line(problem.start.line),
    startColumn: problem.start.column,
    endLineNumber: line(problem.end.line),
    endColumn: problem.end.column,
  }));
  const error = marks.syntaxError;
  if (error) {
    const at = line(error.position?.line ?? 1);
    const lastColumn = model.getLineMaxColumn(at);
    const column = Math.min(Math.max(error.position?.column ?? 1, 1), lastColumn);
    list.push({
      severity: monaco.MarkerSeverity.Error,
      message: `${error.message} (Helm reads values.yaml as YAML 1.1)`,
      startLineNumber: at,
      startColumn: column,
      endLineNumber: at,
      endColumn: Math.max(column + 1, lastColumn),
    });
  }
  monaco.editor.setModelMarkers(model, MARKER_OWNER, list);
  collection.set(
    masked
      ? marks.secrets.map(([start, end]) => {
          const from = model.getPositionAt(start);
          const to = model.getPositionAt(end);
          return { range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), options: { inlineClassName: "dagger-masked-secret" } };
        })
      : [],
  );
  return collection;
}
