// Import must never crash, whatever the file: 2,000 mutated values files per run, each either
// understood or refused with a message that names its line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importParentBlock, importValuesText } from "./import-values";

const FIXTURES = join(import.meta.dirname, "..", "..", "e2e", "fixtures");
const CHART_CI = join(import.meta.dirname, "..", "..", "chart", "dagger-helm", "ci");
const seeds = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith(".yaml")).map((f) => readFileSync(join(FIXTURES, f), "utf8")),
  ...readdirSync(CHART_CI).filter((f) => f.endsWith(".yaml")).map((f) => readFileSync(join(CHART_CI, f), "utf8")),
];

const SNIPPETS = ["\t", ":", ": ", "- ", "[", "]", "{", "}", "'", '"', "#", "&a", "*a", "!!str ", "<<: *a", "\n", "\n  ", "---\n", "\u0000", "\ufeff", "ü", "|", ">-", "~", "? "];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6, unit: "grapheme" })) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, change: Mutation): string {
  const at = text.length ? change.at % text.length : 0;
  switch (change.kind) {
    case "insert":
      return text.slice(0, at) + change.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + change.length);
    case "truncate":
      return text.slice(0, at);
    case "duplicate-line": {
      const lines = text.split("\n");
      const index = lines.length ? change.at % lines.length : 0;
      lines.splice(index, 0, lines[index] ?? "");
      return lines.join("\n");
    }
  }
}

describe("import under mutated files", () => {
  it("never throws, and every refusal names a line", () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, changes) => {
        const text = changes.reduce(mutate, seed);
        const outcome = importValuesText(text);
        if (outcome.kind === "error") {
          refused++;
          expect(outcome.message.length).toBeGreaterThan(0);
          expect(outcome.position?.line).toBeGreaterThan(0);
        }
        if (outcome.kind === "parent") {
          for (const key of outcome.candidates) expect(["values", "error"]).toContain(importParentBlock(text, key).kind);
        }
      }),
      { numRuns: 2000 },
    );
    console.log(`import fuzz: 2000 mutated files, ${refused} refused with a line, none crashed`);
  });
});
