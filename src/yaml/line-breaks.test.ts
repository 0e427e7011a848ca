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

  it("keeps the order of a copied map's keys, and a key named __proto__ as a key", () => {
    const data = JSON.parse('{"before": "b\\u0085", "__proto__": "p\\u0085q", "after": {"x\\u0085": 1}}') as Record<string, unknown>;
    const folded = foldNelDeep(data);
    expect(Object.keys(folded)).toEqual(["before", "__proto__", "after"]);
    expect(Object.getPrototypeOf(folded)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(folded, "__proto__")?.value).toBe("p q");
    expect(folded.before).toBe("b ");
    expect(folded.after).toEqual({ "x ": 1 });
  });
});
