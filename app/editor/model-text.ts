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
