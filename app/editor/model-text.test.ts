import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { editor } from "monaco-editor";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { showText, TOKENIZE_NOW_LINES } from "./model-text";

/**
 * A text model with what showText uses of Monaco's, and a record of the lines tokenized at once,
 * each with the text the model held then.
 */
function fakeModel(initial: string, tokenizedOnce = true) {
  let text = initial;
  const tokenized: { upTo: number; text: string }[] = [];
  const lineStarts = () => [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
  const offsetAt = (lineNumber: number, column: number) => lineStarts()[lineNumber - 1]! + column - 1;
  const model = {
    getValue: () => text,
    getLineCount: () => lineStarts().length,
    getPositionAt(offset: number) {
      const starts = lineStarts();
      let line = starts.length;
      while (starts[line - 1]! > offset) line--;
      return { lineNumber: line, column: offset - starts[line - 1]! + 1 };
    },
    applyEdits(edits: { range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }; text: string }[]) {
      // Ranges are in the text before the edits, as Monaco takes them: apply from the last.
      for (const { range, text: inserted } of [...edits].reverse()) {
        text = text.slice(0, offsetAt(range.startLineNumber, range.startColumn)) + inserted + text.slice(offsetAt(range.endLineNumber, range.endColumn));
      }
    },
    tokenization: { backgroundTokenizationState: tokenizedOnce ? 2 : 1, forceTokenization: (upTo: number) => void tokenized.push({ upTo, text }) },
  };
  return { model: model as unknown as editor.ITextModel, tokenized, text: () => text };
}

/** showText from `before` to `after` in a fake model: the model must hold `after`; what was tokenized at once. */
function tokenizedShowing(before: string, after: string, tokenizedOnce = true) {
  const { model, tokenized, text } = fakeModel(before, tokenizedOnce);
  showText(model, after);
  expect(text()).toBe(after);
  return tokenized;
}

describe("showText", () => {
  it("tokenizes the edited lines in the same call, after the edit, through the last line it writes", () => {
    const after = "a: 1\nname: xy\nb: 2\nc: 3\nd: 4\n";
    // The edit writes inside line 2: line 3's start state may change with it.
    expect(tokenizedShowing("a: 1\nname: x\nb: 2\nc: 3\nd: 4\n", after)).toEqual([{ upTo: 3, text: after }]);
  });

  it("counts the lines that earlier edits add or remove", () => {
    const after = "a\nb1\nb2\nb3\nc\nd\ne\nF\n";
    // "F" is line 8 of the new text, edited inside the line; line 9 (the end) starts from its state.
    expect(tokenizedShowing("a\nb\nc\nd\ne\nf\n", after)).toEqual([{ upTo: 9, text: after }]);
  });

  it("leaves edits of more lines than TOKENIZE_NOW_LINES (a new text) to the background tokenizer", () => {
    const lines = (count: number, value: string) => Array.from({ length: count }, (_, index) => `key-${index}: ${value}`).join("\n") + "\n";
    // Every line changes: the edits write as many lines as the text has.
    expect(tokenizedShowing(lines(TOKENIZE_NOW_LINES + 1, "a"), lines(TOKENIZE_NOW_LINES + 1, "b"))).toEqual([]);
    const after = lines(TOKENIZE_NOW_LINES - 1, "b");
    expect(tokenizedShowing(lines(TOKENIZE_NOW_LINES - 1, "a"), after)).toEqual([{ upTo: TOKENIZE_NOW_LINES, text: after }]);
  });

  it("brings a model from any text to any other, edits inside lines and over line breaks alike", () => {
    const text = fc.array(fc.constantFrom("a: 1\n", "a: 12\n", "name: x\n", "name: xy\n", "\n", "- \u{1F600}\n", "- \u{1F601}\n", "end"), { maxLength: 25 }).map((lines) => lines.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { model, text: shown } = fakeModel(before);
        showText(model, after);
        expect(shown()).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a text not tokenized through yet to Monaco's background tokenizer", () => {
    expect(tokenizedShowing("a: 1\n", "a: 2\n", false)).toEqual([]);
  });

  it("neither edits nor tokenizes a text that is the same", () => {
    const { model, tokenized } = fakeModel("a: 1\n");
    showText(model, "a: 1\n");
    expect(tokenized).toEqual([]);
  });

  it("relies on a part of Monaco's text model that the installed monaco-editor still has", () => {
    // Not in the published types: an upgrade that drops it would bring back a second redraw of
    // every preview per keystroke without a sound.
    const root = dirname(createRequire(import.meta.url).resolve("monaco-editor/package.json"));
    const models = join(root, "esm/vs/editor/common/model");
    expect(readFileSync(join(models, "textModel.js"), "utf8")).toMatch(/get tokenization\(\) \{ return this\._tokenizationTextModelPart; \}/);
    const part = readFileSync(join(models, "tokens/tokenizationTextModelPart.js"), "utf8");
    expect(part).toMatch(/\n {4}forceTokenization\(lineNumber\) \{/);
    expect(part).toMatch(/\n {4}get backgroundTokenizationState\(\) \{/);
    expect(readFileSync(join(models, "tokens/tokenizerSyntaxTokenBackend.js"), "utf8")).toContain("const newState = 2 /* BackgroundTokenizationState.Completed */;");
  });
});
