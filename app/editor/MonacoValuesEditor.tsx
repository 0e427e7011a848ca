// Loaded only through React.lazy (LazyYaml.tsx): the user's values.yaml in an editable Monaco
// editor. monaco-yaml applies the chart's values.schema.json to this model (completion, hover
// documentation, markers for unknown keys and wrong types); the core's own reading of the text
// adds the syntax error, at its line, as Helm's YAML 1.1 rules see it.
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useMemo, useRef } from "react";
import { problemRanges, type ProblemRange } from "../../src/document/problem-ranges";
import { secretRanges } from "../../src/wizard/secret-text";
import { monaco, VALUES_MODEL_PATH } from "./monaco";
import { SentTexts } from "./sent-texts";
import type { TValuesEditorProps } from "./view-options";

type TEditor = Parameters<OnMount>[0];

const MARKER_OWNER = "dagger-helm";

/**
 * Monaco owns the text while the user types (SentTexts). A text the editor did not send (a form
 * field, a preset, an import) is applied as one edit over the part that changed, so the cursor
 * stays where it was and Undo takes the change back.
 */
export default function MonacoValuesEditor({ value, onChange, label, theme, syntaxError, problems: valueProblems, masked }: TValuesEditorProps) {
  const problems = useMemo(() => problemRanges(value, valueProblems ?? []), [value, valueProblems]);
  const editorRef = useRef<TEditor | null>(null);
  const sent = useRef(new SentTexts());
  const latest = useRef(value);
  /** True while this component changes the model itself: those changes are not the user's. */
  const applying = useRef(false);

  useEffect(() => {
    latest.current = value;
    const editor = editorRef.current;
    if (sent.current.isEcho(value) || !editor) return;
    replaceText(editor, value, applying);
  }, [value]);

  const markers = useRef({ syntaxError, problems });
  useEffect(() => {
    markers.current = { syntaxError, problems };
    const model = editorRef.current?.getModel();
    if (model) mark(model, syntaxError, problems);
  }, [syntaxError, problems, value]);

  const masks = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const maskedRef = useRef(masked);
  useEffect(() => {
    maskedRef.current = masked;
    const editor = editorRef.current;
    if (editor) masks.current = mask(editor, masks.current, masked);
  }, [masked, value]);

  return (
    <Editor
      height="100%"
      language="yaml"
      path={VALUES_MODEL_PATH}
      defaultValue={value}
      theme={theme === "dark" ? "vs-dark" : "vs"}
      onMount={(editor) => {
        editorRef.current = editor;
        const model = editor.getModel();
        // Monaco takes the line ending from the user's system (CRLF on Windows); the file is for Helm on Linux.
        model?.setEOL(monaco.editor.EndOfLineSequence.LF);
        // The model outlives a tab switch; it may hold an older text than the state.
        replaceText(editor, latest.current, applying);
        if (model) mark(model, markers.current.syntaxError, markers.current.problems);
        masks.current = mask(editor, masks.current, maskedRef.current);
      }}
      onChange={(next) => {
        if (!applying.current) onChange(sent.current.send(next));
      }}
      loading={null}
      options={{
        ariaLabel: label,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fontSize: 12,
        lineNumbersMinChars: 3,
        tabSize: 2,
        insertSpaces: true,
        quickSuggestions: { other: true, comments: false, strings: true },
        fixedOverflowWidgets: true,
      }}
    />
  );
}

/** Replaces the text by one edit over the part that differs (common start and end kept). */
function replaceText(editor: TEditor, text: string, applying: { current: boolean }): void {
  const model = editor.getModel();
  if (!model) return;
  const current = model.getValue();
  if (current === text) return;
  let start = 0;
  while (start < current.length && start < text.length && current[start] === text[start]) start++;
  let end = 0;
  while (end < current.length - start && end < text.length - start && current[current.length - 1 - end] === text[text.length - 1 - end]) end++;
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(current.length - end);
  applying.current = true;
  try {
    editor.pushUndoStop();
    editor.executeEdits("dagger-helm-state", [{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: text.slice(start, text.length - end) }]);
    editor.pushUndoStop();
  } finally {
    applying.current = false;
  }
}

/** Dots out the secret wherever it stands in the model's text (decorations: see editor.module.css). */
function mask(editor: TEditor, current: monaco.editor.IEditorDecorationsCollection | null, secret: string | undefined) {
  const model = editor.getModel();
  const collection = current ?? editor.createDecorationsCollection();
  if (!model || !secret) {
    collection.clear();
    return collection;
  }
  collection.set(
    secretRanges(model.getValue(), secret).map(([start, end]) => {
      const from = model.getPositionAt(start);
      const to = model.getPositionAt(end);
      return { range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), options: { inlineClassName: "dagger-masked-secret" } };
    }),
  );
  return collection;
}

function mark(model: monaco.editor.ITextModel, error: TValuesEditorProps["syntaxError"], problems: readonly ProblemRange[]): void {
  const lines = model.getLineCount();
  const line = (value: number) => Math.min(Math.max(value, 1), lines);
  const list: monaco.editor.IMarkerData[] = problems.map((problem) => ({
    severity: monaco.MarkerSeverity.Error,
    message: `${problem.message} (Helm refuses values.yaml with this under the chart's schema)`,
    startLineNumber: line(problem.start.line),
    startColumn: problem.start.column,
    endLineNumber: line(problem.end.line),
    endColumn: problem.end.column,
  }));
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
}
