import fc from "fast-check";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { decompressBounded } from "./bounded-decompress";
import { craftedLink } from "../../test/crafted-link";

describe("bounded decompression", () => {
  it("reads whatever lz-string compresses, exactly", () => {
    const text = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: "binary", maxLength: 500 }), fc.json({ maxDepth: 4 }));
    fc.assert(
      fc.property(text, (input) => {
        const compressed = LZString.compressToEncodedURIComponent(input);
        expect(decompressBounded(compressed, 1_000_000)).toEqual({ ok: true, text: input });
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with lz-string on what it reads of random input", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
    const input = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 200 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(input, (link) => {
        const ours = decompressBounded(link, 1_000_000);
        if (ours.ok) expect(ours.text).toBe(LZString.decompressFromEncodedURIComponent(link));
      }),
      { numRuns: 3000 },
    );
  });

  it("stops a crafted link as soon as its output passes the limit", () => {
    const link = craftedLink(3_500);
    // What lz-string makes of it, all of it, before anyone can look.
    expect(LZString.decompressFromEncodedURIComponent(link).length).toBeGreaterThan(1_000_000);
    expect(decompressBounded(link, 1_000_000)).toEqual({ ok: false, tooLarge: true });
    expect(decompressBounded(link, 10_000_000)).toMatchObject({ ok: true });
  });
});
