// schemaProblems checks the schema section by section and skips what is still the chart's
// default; it must refuse exactly what ZValues.safeParse of the coalesced values refuses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryValues } from "../../test/arbitrary-values";
import { coalesceValues } from "./coalesce";
import { defaultValues } from "./defaults";
import { ZValues } from "./schema";
import { formatPath, type Table } from "./tree";
import { schemaProblems } from "./validate";

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
