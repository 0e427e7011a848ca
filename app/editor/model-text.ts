// Bringing a Monaco model to a new text by line edits (line-edits.ts), never by setValue of the
// whole text: Monaco then re-tokenizes and redraws only what changed, and keeps the scroll.
import type { editor } from "monaco-editor";
import { lineEdits } from "./line-edits";

/** Applies the line edits from the model's text to `text`; `known` is the model's text when the caller knows it. */
export function showText(model: editor.ITextModel, text: string, known?: string): void {
  const current = known ?? model.getValue();
  const edits = lineEdits(current, text);
  if (!edits.length) return;
  model.applyEdits(
    edits.map((edit) => {
      const from = model.getPositionAt(edit.start);
      const to = model.getPositionAt(edit.end);
      return { range: { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column }, text: edit.text };
    }),
  );
}

/**
 * An editable editor's text brought to `text` by one edit over the part that differs (common start
 * and end kept): the cursor stays where it was and Undo takes the change back. `applying` is true
 * while the edit is made, so the editor's change handler can tell it from the user's.
 */
export function editText(editor: editor.ICodeEditor, text: string, applying: { current: boolean }): void {
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
    editor.executeEdits("dagger-helm-state", [
      { range: { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column }, text: text.slice(start, text.length - end) },
    ]);
    editor.pushUndoStop();
  } finally {
    applying.current = false;
  }
}
