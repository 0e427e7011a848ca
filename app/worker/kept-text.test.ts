// Texts sent as the part that changed: the receiver gets every text exactly as sent, whatever the
// edit (surrogate pairs split, texts that grow into or shrink out of each other), and a keystroke
// in a long text crosses as that keystroke.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTextEdit, textEdit, TextReceiver, TextSender } from "./kept-text";

/** Sends each text through a sender and a receiver, through a structured clone as postMessage does. */
function roundTrips(texts: string[]) {
  const sender = new TextSender();
  const receiver = new TextReceiver();
  return texts.map((text) => {
    const sent = structuredClone(sender.send(text));
    return { sent, received: receiver.receive(sent) };
  });
}

const lines = (count: number) => Array.from({ length: count }, (_, index) => `    - name: VAR_${index}\n      value: v${index}\n`).join("");

describe("texts sent as the part that changed", () => {
  it("sends a keystroke in a long text as that keystroke, and gets the text whole again", () => {
    const before = `nameOverride: dagger\nengine:\n  env:\n${lines(400)}`;
    const after = before.replace("nameOverride: dagger", "nameOverride: daggerx");
    const [one, two] = roundTrips([before, after]);
    expect(one!.sent).toBe(before);
    expect(two!.sent).toEqual({ head: "nameOverride: dagger".length, tail: before.length - "nameOverride: dagger".length, insert: "x" });
    expect(two!.received).toBe(after);
  });

  it("sends a short text, or one mostly new, whole", () => {
    const long = lines(400);
    const [, short, other] = roundTrips([long, "nameOverride: a\n", lines(400).toUpperCase()]);
    expect(short!.sent).toBe("nameOverride: a\n");
    expect(typeof other!.sent).toBe("string");
  });

  it("gives the receiver every text exactly, for any edits of any text", () => {
    const unit = fc.constantFrom("a", "b", "\n", " ", "é", "€", "😀", "\ud800", "\udc00");
    const piece = fc.string({ unit, maxLength: 40 });
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 60 }), insert: piece });
    let edited = 0;
    fc.assert(
      // Long enough to be sent as edits (short ones cross whole).
      fc.property(fc.string({ unit, minLength: 4_200, maxLength: 6_000 }), fc.array(edit, { maxLength: 8 }), (start, edits) => {
        const texts = [start];
        for (const { at, cut, insert } of edits) {
          const last = texts.at(-1)!;
          const from = last.length ? at % last.length : 0;
          texts.push(last.slice(0, from) + insert + last.slice(from + cut));
        }
        for (const [index, { sent, received }] of roundTrips(texts).entries()) {
          expect(received).toBe(texts[index]);
          if (typeof sent !== "string") edited++;
        }
      }),
      { numRuns: 300 },
    );
    expect(edited).toBeGreaterThan(300);
  });

  it("never keeps more than both texts have, when one is the other with a repeat", () => {
    const base = "a".repeat(5_000);
    for (const to of [`${base}a`, base.slice(1), `b${base}`, `${base}b`]) {
      const sent = textEdit(base, to);
      if (typeof sent !== "string") expect(sent.head + sent.tail).toBeLessThanOrEqual(Math.min(base.length, to.length));
      expect(applyTextEdit(base, sent)).toBe(to);
    }
  });

  it("refuses an edit of a text shorter than what it keeps (the two sides out of step)", () => {
    expect(() => applyTextEdit("short", { head: 4_000, tail: 100, insert: "x" })).toThrow("keeps 4100 characters of a text of 5");
  });
});
