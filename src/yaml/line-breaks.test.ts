import { describe, expect, it } from "vitest";
import { foldNelDeep } from "./line-breaks";

describe("foldNelDeep", () => {
  it("folds NEL in keys and strings at any depth, and copies only what changes", () => {
    const untouched = { a: ["x", { b: "y" }] };
    const data = { first: untouched, list: [1, "one\u0085two", { "k\u0085ey": "v" }], last: "z" };
    const folded = foldNelDeep(data);
    expect(folded).toEqual({ first: untouched, list: [1, "one two", { "k ey": "v" }], last: "z" });
    expect(folded.first).toBe(untouched);
    expect(data.list[1]).toBe("one\u0085two");
  });

  it("returns data without NEL as the same object", () => {
    const data = { a: { b: ["c", 1, null, true] } };
    expect(foldNelDeep(data)).toBe(data);
  });
});
