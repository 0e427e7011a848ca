import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineEdits, type TTextEdit } from "./line-edits";

function applied(text: string, edits: TTextEdit[]): string {
  let out = text;
  for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

describe("lineEdits", () => {
  it("edits only the lines that changed, inside each line: no line break is written over", () => {
    const before = "a: 1\nname: x\nb: 2\nname: x\nc: 3\n";
    const after = "a: 1\nname: xy\nb: 2\nname: xy\nc: 3\n";
    const edits = lineEdits(before, after);
    expect(edits).toEqual([
      { start: 12, end: 12, text: "y" },
      { start: 25, end: 25, text: "y" },
    ]);
    expect(applied(before, edits)).toBe(after);
    // Two lines changed into two others: two edits inside them.
    expect(lineEdits("k: 1\nname: ab\nimage: v1\nz\n", "k: 1\nname: b\nimage: v2\nz\n")).toEqual([
      { start: 11, end: 12, text: "" },
      { start: 22, end: 23, text: "2" },
    ]);
  });

  it("keeps the two halves of a surrogate pair together", () => {
    // U+1F600 and U+1F601 share their high half.
    const edits = lineEdits("a: \u{1F600}\n", "a: \u{1F601}\n");
    expect(edits).toEqual([{ start: 3, end: 5, text: "\u{1F601}" }]);
    expect(lineEdits("x\uD83D\uDE00\n", "y\uD83D\uDE00\n")).toEqual([{ start: 0, end: 1, text: "y" }]);
    // Pairs that share their low half.
    expect(lineEdits("\uD83D\uDE00x\n", "\uD83C\uDE00x\n")).toEqual([{ start: 0, end: 2, text: "\uD83C\uDE00" }]);
  });

  it("inserts and removes lines, at the start, the middle and the end, with or without a last line break", () => {
    for (const [before, after] of [
      ["", "a\n"],
      ["a\n", ""],
      ["a\nb\n", "x\na\nb\n"],
      ["a\nb\nc", "a\nc"],
      ["a\nb", "a\nb\n"],
      ["a\nb\nc\n", "a\nB\nc\nd\n"],
    ]) {
      expect(applied(before!, lineEdits(before!, after!)), `${JSON.stringify(before)} -> ${JSON.stringify(after)}`).toBe(after);
    }
    expect(lineEdits("same\n", "same\n")).toEqual([]);
  });

  it("turns any text into any other, with edits in order that do not overlap", () => {
    const text = fc.array(fc.constantFrom("a: 1\n", "b: 2\n", "c\n", "\n", "- x\n", "end", "a: \u{1F600}\n", "a: \u{1F601}\n"), { maxLength: 30 }).map((lines) => lines.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = lineEdits(before, after);
        edits.forEach((edit, index) => {
          expect(edit.start).toBeLessThanOrEqual(edit.end);
          if (index > 0) expect(edit.start).toBeGreaterThanOrEqual(edits[index - 1]!.end);
        });
        expect(applied(before, edits)).toBe(after);
      }),
      { numRuns: 500 },
    );
  });

  it("turns any string into any other, line breaks anywhere", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "\n"), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = lineEdits(before, after);
        edits.forEach((edit, index) => {
          if (index > 0) expect(edit.start).toBeGreaterThanOrEqual(edits[index - 1]!.end);
        });
        expect(applied(before, edits)).toBe(after);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes over no line break when only the lines' contents change", () => {
    const line = fc.string({ unit: fc.constantFrom("a", "b", " "), maxLength: 6 });
    const pairs = fc.array(fc.tuple(line, line, fc.boolean()), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(pairs, fc.boolean(), (lines, lastBreak) => {
        const end = lastBreak ? "\n" : "";
        // Each line starts with its number: no line can pair with another of the other text.
        const before = lines.map(([a], index) => `${index}${a}`).join("\n") + end;
        const after = lines.map(([a, b, same], index) => `${index}${same ? a : b}`).join("\n") + end;
        const edits = lineEdits(before, after);
        for (const edit of edits) expect(before.slice(edit.start, edit.end) + edit.text, JSON.stringify({ before, after, edit })).not.toContain("\n");
        expect(applied(before, edits)).toBe(after);
      }),
      { numRuns: 2000 },
    );
  });

  it("edits long texts in place too, wherever the changed lines stand", () => {
    // Texts of kilobytes: the equal stretches between changes are compared in blocks.
    const base = Array.from({ length: 600 }, (_, index) => `    team.example.com/label-${index}: value-${index}\n`);
    const change = fc.record({ at: fc.nat({ max: 599 }), text: fc.string({ unit: fc.constantFrom("a", "é", "\u{1F600}", " "), maxLength: 8 }), kind: fc.constantFrom("content", "insert", "delete") });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 30 }), (changes) => {
        const lines = [...base];
        for (const { at, text, kind } of changes) {
          const index = Math.min(at, lines.length - 1);
          if (kind === "content") lines[index] = `${lines[index]!.slice(0, -1)}${text}\n`;
          else if (kind === "insert") lines.splice(index, 0, `${text}\n`);
          else if (lines.length > 1) lines.splice(index, 1);
        }
        const before = base.join("");
        const after = lines.join("");
        const edits = lineEdits(before, after);
        expect(applied(before, edits)).toBe(after);
        if (changes.every(({ kind }) => kind === "content")) for (const edit of edits) expect(before.slice(edit.start, edit.end) + edit.text).not.toContain("\n");
      }),
      { numRuns: 300 },
    );
  });

  it("falls back to one edit when too much differs", () => {
    const before = Array.from({ length: 2000 }, (_, i) => `line ${i}\n`).join("");
    const after = Array.from({ length: 2000 }, (_, i) => `other ${i}\n`).join("");
    const edits = lineEdits(before, after);
    expect(edits).toHaveLength(1);
    expect(applied(before, edits)).toBe(after);
  });
});
