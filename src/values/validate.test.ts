// schemaProblems checks the schema section by section and skips what is still the chart's
// default; it must refuse exactly what ZValues.safeParse of the coalesced values refuses.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { arbitraryValues } from "../../test/arbitrary-values";
import { coalesceValues } from "./coalesce";
import { defaultValues } from "./defaults";
import { ZValues } from "./schema";
import { formatPath, type Table } from "./tree";
import { schemaProblems } from "./validate";
import { nodeAt, sectionFields } from "./walk";

/** Where ZValues.safeParse finds problems, in schemaProblems' path form. */
function zodPaths(values: Table): string[] {
  const parsed = ZValues.safeParse(coalesceValues(defaultValues() as Table, values));
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => formatPath([...issue.path, key]));
    if (issue.code === "invalid_union") {
      const first = issue.errors[0]?.[0];
      return [formatPath([...issue.path, ...(first?.path ?? [])])];
    }
    return [formatPath(issue.path)];
  });
}

/** Random damage at a random place: a wrong type, an unknown key, a null. */
const damaged = fc
  .tuple(arbitraryValues, fc.constantFrom(["engine"], ["engine", "statefulSet"], ["engine", "image"], ["magicache"], ["service"], []), fc.constantFrom("kind", "kinds", "port", "labels", "replicas", "type", "enabled"), fc.anything({ maxDepth: 1 }))
  .map(([values, path, key, junk]) => {
    let node = values as Record<string, unknown>;
    for (const step of path) node = (node[step] ??= {}) as Record<string, unknown>;
    if (typeof node === "object" && node) node[key] = junk;
    return values as Table;
  });

describe("schemaProblems and the whole-schema parse", () => {
  it("refuse the same values at the same keys", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryValues as fc.Arbitrary<Table>, damaged), (values) => {
        const ours = schemaProblems(values).problems.filter((problem) => !problem.message.includes("is required; null removed it"));
        const schemaPaths = zodPaths(values);
        if (!schemaPaths.length) {
          // The rules across fields are render/validate.ts's: the schema alone finds nothing here.
          expect(ours).toEqual([]);
          return;
        }
        expect([...new Set(ours.map((problem) => problem.path))].sort()).toEqual([...new Set(schemaPaths)].sort());
      }),
      { numRuns: 1000 },
    );
  });
});

describe("schemaProblems while the user types", () => {
  it("refuses what the whole-schema parse refuses in values that share objects with values checked before", () => {
    const anyValues = fc.oneof(arbitraryValues as fc.Arbitrary<Table>, damaged);
    fc.assert(
      fc.property(anyValues, anyValues, fc.constantFrom("engine", "magicache", "service", "additionalResources"), (before, other, key) => {
        schemaProblems(before);
        // A write's copy: a new root and a new table on the path, everything else shared with `before`.
        const section = (before[key] ?? {}) as Table;
        const otherSection = (other[key] ?? {}) as Table;
        const changed = Object.keys(otherSection)[0];
        const after: Table = { ...before, [key]: changed === undefined ? section : { ...section, [changed]: otherSection[changed] } };
        const ours = schemaProblems(after).problems.filter((problem) => !problem.message.includes("is required; null removed it"));
        expect([...new Set(ours.map((problem) => problem.path))].sort()).toEqual([...new Set(zodPaths(after))].sort());
      }),
      { numRuns: 500 },
    );
  });

  /** The schema of engine.env as the engine section holds it (wrappers and all): what schemaProblems parses it with. */
  const envSchema = sectionFields(nodeAt(ZValues, ["engine"])!).find(([key]) => key === "env")![1];

  it("checks a list or table once while it stays the same object, and finds the same problems each time", () => {
    const parse = vi.spyOn(envSchema, "safeParse");
    try {
      const env = [...Array.from({ length: 40 }, (_, index) => ({ name: `VAR_${index}`, value: "x" })), { name: 7 }];
      const first = schemaProblems({ nameOverride: "a", engine: { env } }).problems;
      // A keystroke in another field: a new root and a new engine table, the same list.
      const second = schemaProblems({ nameOverride: "ab", engine: { env } }).problems;
      expect(parse).toHaveBeenCalledTimes(1);
      expect(first.map((problem) => problem.path)).toEqual(["engine.env[40].name"]);
      expect(second).toEqual(first);
      // A list with the same entries is another object: it is checked.
      expect(schemaProblems({ engine: { env: [...env] } }).problems).toEqual(first);
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });
});
