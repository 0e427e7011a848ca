// Bringing a Monaco model to a new text by line edits (line-edits.ts), never by setValue of the
// whole text: Monaco then re-tokenizes and redraws only what changed, and keeps the scroll.
import type { editor } from "monaco-editor";
import { lineEdits } from "./line-edits";

/** Applies the line edits from the model's text to `text`; `known` is the model's text when the caller knows it. */
export function showText(model: editor.ITextModel, text: string, known?: string): void {
  const current = known ?? model.getValue();
  const edits = lineEdits(current, text);
  if (!edits.length) return;
  // The line after the last one the edits write, in the edited text (an edit's lines move the later
  // ones): its tokens start from the state the written line ends in. And how many lines they write.
  let last = 1;
  let moved = 0;
  let written = 0;
  model.applyEdits(
    edits.map((edit) => {
      const from = model.getPositionAt(edit.start);
      const to = model.getPositionAt(edit.end);
      const breaks = edit.text.split("\n").length - 1;
      // An edit inside a line (no line break written) ends on that line.
      last = from.lineNumber + moved + breaks + (edit.text.endsWith("\n") ? 0 : 1);
      moved += breaks - (to.lineNumber - from.lineNumber);
      written += breaks + 1;
      return { range: { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column }, text: edit.text };
    }),
  );
  if (written <= TOKENIZE_NOW_LINES) tokenizeNow(model, last);
}

/**
 * Up to how many written lines the edits are tokenized at once. A keystroke writes a few lines
 * (a name in each manifest); a new text (an import of a megabyte) writes tens of thousands, which
 * took half a second at once, in the task that shows them, and which the background tokenizer does
 * without holding the page (its second redraw costs nothing beside that). A thousand lines take
 * about 10 ms at once.
 */
export const TOKENIZE_NOW_LINES = 1_000;

/** Monaco's internal part of a text model that holds its tokens (not in the published types). */
interface TTokenization {
  /** 2 once the whole text has been tokenized; it stays 2 after edits. */
  backgroundTokenizationState?: number;
  /** Tokenizes the lines not tokenized yet up to this one. */
  forceTokenization?: (lineNumber: number) => void;
}

const TOKENIZED_ONCE = 2;

/**
 * Tokenizes the edited lines now, in the task that edits them. Left to Monaco, the background
 * tokenizer does it a moment later, and its new tokens redraw the lines a second time (in the
 * values editor, whose bracket pairs take them as a change of every decoration, the whole view): in
 * a frame of the user's next keystroke.
 * Only in a text tokenized through once: then only the edited lines are left to do, where a text
 * just opened may have thousands, which the background does without holding the page.
 */
function tokenizeNow(model: editor.ITextModel, upTo: number): void {
  const tokenization = (model as unknown as { tokenization?: TTokenization }).tokenization;
  if (tokenization?.backgroundTokenizationState !== TOKENIZED_ONCE) return;
  tokenization.forceTokenization?.(Math.min(upTo, model.getLineCount()));
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
