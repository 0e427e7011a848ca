import { describe, expect, it } from "vitest";
import { coalesceValues, mergeValueFiles } from "./coalesce";

describe("coalesceValues, as Helm coalesces", () => {
  const defaults = { a: { b: 1, c: { d: 2 } }, list: [1, 2], s: "x", kept: null };

  it("merges tables deeply and lets lists and scalars replace", () => {
    expect(coalesceValues(defaults, { a: { c: { e: 3 } }, list: [9], s: "y" })).toEqual({
      a: { b: 1, c: { d: 2, e: 3 } },
      list: [9],
      s: "y",
      kept: null,
    });
  });

  it("removes a default key when the user sets it to null", () => {
    expect(coalesceValues(defaults, { a: { b: null }, s: null })).toEqual({ a: { c: { d: 2 } }, list: [1, 2], kept: null });
  });

  it("keeps a null the defaults do not know", () => {
    expect(coalesceValues(defaults, { a: { z: null } })).toEqual({ a: { b: 1, c: { d: 2 }, z: null }, list: [1, 2], s: "x", kept: null });
  });

  it("keeps the user's value where a table meets a scalar, as Helm does after its warning", () => {
    expect(coalesceValues(defaults, { a: "flat" }).a).toBe("flat");
    expect(coalesceValues(defaults, { s: { deep: 1 } }).s).toEqual({ deep: 1 });
  });

  it("gives the user's own table where the default is an empty one, nulls and all", () => {
    const labels = { team: "ci", gone: null };
    const coalesced = coalesceValues({ ...defaults, labels: {} }, { labels });
    expect(coalesced.labels).toBe(labels);
    expect(coalesced.labels).toEqual({ team: "ci", gone: null });
    // A default with keys is merged into a new table.
    expect(coalesceValues(defaults, { a: { b: 5 } }).a).toEqual({ b: 5, c: { d: 2 } });
  });

  it("changes neither input", () => {
    const user = { a: { c: { e: 3 } } };
    coalesceValues(defaults, user);
    expect(user).toEqual({ a: { c: { e: 3 } } });
    expect(defaults.a).toEqual({ b: 1, c: { d: 2 } });
  });
});

describe("mergeValueFiles, as helm -f a -f b", () => {
  it("lets later files win, merging tables and keeping nulls for coalescing", () => {
    expect(mergeValueFiles([{ a: { b: 1, c: 2 }, l: [1] }, { a: { c: 3 }, l: [2] }, { a: { b: null } }])).toEqual({ a: { b: null, c: 3 }, l: [2] });
  });
});
