// Loaded only through React.lazy from CodeField: the one place the steps reach Monaco.
import { useComputedColorScheme } from "@mantine/core";
import Editor, { type OnMount } from "@monaco-editor/react";
import { useCallback, useEffect, useMemo, useRef } from "react";
// Points @monaco-editor/react at the bundled monaco-editor (never a CDN) and sets up its workers.
import "../editor/monaco";
import { keyboardExits } from "../editor/keyboard-exits";
import { editText } from "../editor/model-text";
import { SentTexts } from "../editor/sent-texts";
import { editorTheme } from "../editor/editor-theme";
import { TYPING_OPTIONS } from "../editor/view-options";

export interface TMonacoCodeProps {
  value: string;
  onChange: (value: string) => void;
  language: string;
  label: string;
  height: number;
  /** While values.yaml has a syntax error the form is read-only; Monaco is not a form control a fieldset disables. */
  readOnly?: boolean;
}

type TEditor = Parameters<OnMount>[0];

/** Monaco owns the text while the user types (SentTexts); a value it did not send comes in as an edit. */
export default function MonacoCode({ value, onChange, language, label, height, readOnly = false }: TMonacoCodeProps) {
  const scheme = useComputedColorScheme("light");
  const editorRef = useRef<TEditor | null>(null);
  const sent = useRef(new SentTexts());
  /** True while this component changes the model itself: those changes are not the user's. */
  const applying = useRef(false);

  useEffect(() => {
    const editor = editorRef.current;
    if (sent.current.isEcho(value) || !editor) return;
    editText(editor, value, applying);
  }, [value]);
  const onEdit = useCallback(
    (next: string | undefined) => {
      if (!applying.current) onChange(sent.current.send(next));
    },
    [onChange],
  );
  // The same object while nothing changes: the library hands a new one to Monaco's updateOptions.
  const options = useMemo(
    () => ({ ...TYPING_OPTIONS, ariaLabel: label, minimap: { enabled: false }, scrollBeyondLastLine: false, fontSize: 13, lineNumbers: "on" as const, tabSize: 2, automaticLayout: true, wordWrap: "on" as const, readOnly }),
    [label, readOnly],
  );

  return (
    <div style={{ border: "1px solid var(--mantine-color-default-border)", borderRadius: "var(--mantine-radius-sm)", overflow: "hidden" }}>
      <Editor
        height={height}
        language={language}
        defaultValue={value}
        theme={editorTheme(scheme)}
        onMount={(editor, monaco) => {
          editorRef.current = editor;
          // Monaco takes the line ending from the user's system (CRLF on Windows); the files are
          // for Linux containers.
          editor.getModel()?.setEOL(monaco.editor.EndOfLineSequence.LF);
          editor.onDidDispose(keyboardExits(editor, monaco));
        }}
        onChange={onEdit}
        loading={null}
        options={options}
      />
    </div>
  );
}
