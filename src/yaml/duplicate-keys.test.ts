import fc from "fast-check";
// eslint-disable-next-line no-restricted-imports -- the package's own check is the reference here
import { isScalar, LineCounter, parseDocument, visit, type Document, type Scalar } from "yaml";
import { describe, expect, it } from "vitest";
import { parseValuesText } from "../document/values-document";
import { duplicateKeys } from "./duplicate-keys";
import { parseYaml11Document, YAML11_OPTIONS } from "./yaml11";

/** What the `yaml` package itself reports with its own (quadratic) check: the verdicts to keep. */
function packageErrors(text: string) {
  return parseDocument(text, { ...YAML11_OPTIONS, uniqueKeys: true }).errors.map(summary);
}

function summary(error: { code: string; pos: [number, number]; linePos?: unknown; message: string }) {
  return { code: error.code, pos: error.pos, linePos: error.linePos, message: error.message.split("\n")[0] };
}

/**
 * The work of a duplicate-key check on a document: how often it reads a key's value. A check that
 * compares each key with the earlier ones reads n² / 2 times; one pass reads each key once.
 */
function keyReads(doc: Document, check: (doc: Document) => void): number {
  let reads = 0;
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = pair.key as Scalar;
      let value = key.value;
      Object.defineProperty(key, "value", {
        get: () => (reads++, value),
        set: (next) => (value = next),
      });
    },
  });
  check(doc);
  return reads;
}

/** The package's way, for contrast: each key against every earlier key of its map. */
function pairwiseCheck(doc: Document): void {
  visit(doc, {
    Map(_, map) {
      map.items.forEach((pair, index) => map.items.slice(0, index).some((other) => isScalar(other.key) && isScalar(pair.key) && other.key.value === pair.key.value));
    },
  });
}

function labels(count: number): string {
  const lines = Array.from({ length: count }, (_, index) => `    team.example.com/label-${index}: value-${index}\n`);
  return `engine:\n  labels:\n${lines.join("")}  nodeSelector: {a: "1", b: "2"}\n`;
}

describe("duplicate keys", () => {
  it("are reported at the repeated key, with its line and column, as the yaml package reported them", () => {
    const cases = [
      "a: 1\na: 2\n",
      "engine:\n  kind: DaemonSet\n  labels:\n    x: 1\n    x: 2\n",
      "a: 1\n&x a: 2\n",
      "a: 1\n!!str a: 2\n",
      "{a: 1, a: 2}",
      "? a\n: 1\n? a\n: 2\n",
      "x:\n  - {b: 1,   b: 2}\n",
      "'a': 1\n\"a\": 2\n",
      "1: a\n0x1: b\n",
      "yes: 1\ntrue: 2\n",
      "~: 1\nnull: 2\n",
      ".nan: 1\n.nan: 2\n",
      "[a, b]: 1\n[a, b]: 2\n",
      "a: 1\na: 2\nb: [\n",
      "b: [\na: 1\na: 2\n",
      "outer:\n  a: 1\n  a: 2\nouter: 3\n",
    ];
    for (const text of cases) expect(parseYaml11Document(text).errors.map(summary), text).toEqual(packageErrors(text));
  });

  it("agree with the yaml package on generated documents (in text order: it reports a few errors about a whole map at the map's end)", () => {
    const key = fc.constantFrom("a", "b", "'a'", "yes", "true", "1", "0x1", "~", "null", ".nan", "[x]");
    const value = fc.constantFrom("1", "x", "{}", "[]");
    const map = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`));
    const text = fc.tuple(map, map, fc.boolean()).map(([outer, inner, flow]) =>
      [...outer, flow ? `nested: {${inner.join(", ")}}` : `nested:\n${inner.map((line) => `  ${line}`).join("\n")}`].join("\n") + "\n",
    );
    fc.assert(
      fc.property(text, (source) => {
        const inTextOrder = (errors: ReturnType<typeof summary>[]) => [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
        expect(inTextOrder(parseYaml11Document(source).errors.map(summary))).toEqual(inTextOrder(packageErrors(source)));
      }),
      { numRuns: 300 },
    );
  });

  it("reach the user with their line and column, the first one in the text first", () => {
    const parsed = parseValuesText("engine:\n  labels:\n    tier: a\n    tier: b\n  kind: DaemonSet\n  kind: StatefulSet\n");
    expect(parsed).toEqual({ ok: false, message: "Map keys must be unique", position: { line: 4, column: 5 } });
  });

  it("cost one pass: twice the keys, twice the work", () => {
    const work = (count: number, check: (doc: Document) => void) => keyReads(parseYaml11Document(labels(count)), check);
    const linear = (doc: Document) => duplicateKeys(doc, "", new LineCounter());
    expect(work(1000, linear) / work(500, linear)).toBeLessThan(2.1);
    expect(work(4000, linear) / work(500, linear)).toBeLessThan(8.4);
    // The measure tells the two apart: the pairwise check does about four times the work.
    expect(work(1000, pairwiseCheck) / work(500, pairwiseCheck)).toBeGreaterThan(3.5);
  });
});
