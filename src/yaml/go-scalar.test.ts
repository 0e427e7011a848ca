import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8LongerThan } from "./go-scalar";

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe("utf8LongerThan", () => {
  it("agrees with TextEncoder on any string, lone surrogates included", () => {
    const texts = fc.oneof(fc.string({ unit: "binary", maxLength: 140 }), fc.string({ unit: fc.constantFrom("a", "é", "€", "😀", "\ud800", "\udc00"), maxLength: 70 }));
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 200 }), (text, limit) => {
        expect(utf8LongerThan(text, limit)).toBe(bytes(text) > limit);
      }),
      { numRuns: 5000 },
    );
  });

  it("counts a surrogate pair as four bytes and a lone surrogate as three", () => {
    expect(utf8LongerThan("😀".repeat(32), 128)).toBe(false);
    expect(utf8LongerThan(`${"😀".repeat(32)}a`, 128)).toBe(true);
    expect(utf8LongerThan("\ud800".repeat(42) + "ab", 128)).toBe(false);
    expect(utf8LongerThan("\ud800".repeat(43), 128)).toBe(true);
  });
});
