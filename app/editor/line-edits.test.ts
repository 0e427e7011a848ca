import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineEdits, type TTextEdit } from "./line-edits";

function applied(text: string, edits: TTextEdit[]): string {
  let out = text;
  for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

describe("lineEdits", () => {
  it("edits only the lines that changed", () => {
    const before = "a: 1\nname: x\nb: 2\nname: x\nc: 3\n";
    const after = "a: 1\nname: xy\nb: 2\nname: xy\nc: 3\n";
    const edits = lineEdits(before, after);
    expect(edits).toEqual([
      { start: 5, end: 13, text: "name: xy\n" },
      { start: 18, end: 26, text: "name: xy\n" },
    ]);
    expect(applied(before, edits)).toBe(after);
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
    const text = fc.array(fc.constantFrom("a: 1\n", "b: 2\n", "c\n", "\n", "- x\n", "end"), { maxLength: 30 }).map((lines) => lines.join(""));
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

  it("falls back to one edit when too much differs", () => {
    const before = Array.from({ length: 2000 }, (_, i) => `line ${i}\n`).join("");
    const after = Array.from({ length: 2000 }, (_, i) => `other ${i}\n`).join("");
    const edits = lineEdits(before, after);
    expect(edits).toHaveLength(1);
    expect(applied(before, edits)).toBe(after);
  });
});
