// A text typed in the values.yaml editor that changes one plain scalar is read from the reading of
// the text before it (editScalarSource, through the parse cache): no parse of the whole text. The
// reading must be the one a parse gives, node ranges included (the editor's marks and the next
// field write stand on them), and anything else must be left to a parse.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { isScalar, visit, type Document } from "yaml";
import { describe, expect, it, vi } from "vitest";
import { CORPUS_DIR } from "../../test/corpus/corpus";

type TValuesDocument = typeof import("./values-document");

/** A module instance with an empty cache: what a parse of the text gives. */
async function freshModule(): Promise<TValuesDocument> {
  vi.resetModules();
  return import("./values-document");
}

/** Every node's offsets, in order, and what a scalar holds besides (its value, and how its source writes it). */
function nodes(doc: Document): unknown[] {
  const out: unknown[] = [[...(doc.range ?? [])]];
  visit(doc, {
    Node(_, node) {
      out.push([...(node.range ?? [])]);
      if (isScalar(node)) out.push({ value: node.value, type: node.type, source: node.source, format: node.format, minFractionDigits: node.minFractionDigits });
    },
  });
  return out;
}

/** What a reading must agree on: values, error, the printed document and every node. */
function summary(module: TValuesDocument, text: string) {
  const read = module.parseValuesText(text);
  if (!read.ok) return { ok: false, message: read.message, position: read.position };
  return { ok: true, values: read.values, notes: read.notes, printed: module.valuesDocumentText(read.doc), nodes: nodes(read.doc) };
}

const BASE = `# values
nameOverride: dagger
engine:
  image:
    ref: registry.dagger.io/engine:v0.18.17   # pinned
  port: 1234
  args:
    - --debug
    - 12
  labels: {team: build}
  quoted: "x"
fullnameOverride: ""
`;

describe("a plain scalar typed in the text", () => {
  it("is read without a parse, as a parse reads it", async () => {
    const chain = await freshModule();
    const first = chain.parseValuesText(BASE);
    // Each from the one before: a user typing, deleting, and typing into another value.
    const steps: [string, string][] = [
      ["nameOverride: dagger", "nameOverride: daggerx"],
      ["nameOverride: daggerx", "nameOverride: dagge"],
      ["port: 1234", "port: 12345"],
      ["port: 12345", "port: yes"],
      ["    - 12", "    - 0755"],
      ["    - 0755", "    - 1.50"],
      ["port: yes", "port: xyes"],
    ];
    let previous = first;
    let before = BASE;
    for (const [from, to] of steps) {
      const text = before.replace(from, to);
      // From the previous text, through the same cache: the same document, brought along.
      const between = chain.parseValuesText(before);
      expect(between.ok && previous.ok && between.doc === previous.doc).toBe(true);
      const read = chain.parseValuesText(text);
      expect(read.ok && previous.ok && read.doc === previous.doc, text).toBe(true);
      expect(summary(chain, text)).toEqual(summary(await freshModule(), text));
      previous = read;
      before = text;
    }
  });

  it.each([
    ["a key", BASE.replace("nameOverride:", "nameOverrid:")],
    ["a quoted value", BASE.replace('quoted: "x"', 'quoted: "xy"')],
    ["a value in a flow mapping", BASE.replace("team: build", "team: builds")],
    ["a space, a colon or a comment sign typed into a value", BASE.replace("nameOverride: dagger", "nameOverride: dag ger")],
    ["a colon", BASE.replace("nameOverride: dagger", "nameOverride: dagger:")],
    ["a comment sign", BASE.replace("nameOverride: dagger", "nameOverride: dagger #")],
    ["a value emptied", BASE.replace("nameOverride: dagger", "nameOverride: ")],
    ["a lone dash", BASE.replace("nameOverride: dagger", "nameOverride: -")],
    ["a comment", BASE.replace("# pinned", "# pinned!")],
    ["a value with a colon in it", BASE.replace("engine:v0.18.17", "engine:v0.18.18")],
  ])("leaves %s to a parse", async (_, text) => {
    const chain = await freshModule();
    const first = chain.parseValuesText(BASE);
    const read = chain.parseValuesText(text);
    expect(first.ok).toBe(true);
    expect(read.ok && first.ok && read.doc === first.doc).toBe(false);
    expect(summary(chain, text)).toEqual(summary(await freshModule(), text));
  });

  it("leaves a text with an anchor, of several documents, or with line breaks only go-yaml reads, to a parse", async () => {
    for (const text of [`a: &x 1\nb: *x\nc: word\n`, `a: 1\nc: word\n---\nd: 2\n`, `a: 1\rc: word\r`, `a: "1\u0085 2"\nc: word\n`]) {
      const chain = await freshModule();
      const first = chain.parseValuesText(text);
      const next = text.replace("word", "words");
      const read = chain.parseValuesText(next);
      expect(first.ok, text).toBe(true);
      expect(read.ok && first.ok && read.doc === first.doc, text).toBe(false);
      expect(summary(chain, next)).toEqual(summary(await freshModule(), next));
    }
  });

  it("reads as a parse does for any edit inside any plain value of the corpus files", async () => {
    const files = readdirSync(CORPUS_DIR)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => readFileSync(join(CORPUS_DIR, name), "utf8"));
    // Where each file's plain scalars stand (values and keys alike: an edit may land anywhere).
    const fresh = await freshModule();
    const places = files.map((text) => {
      const read = fresh.parseValuesText(text);
      const spots: [number, number][] = [];
      if (read.ok) visit(read.doc, { Scalar: (_, node) => void (isScalar(node) && node.range && spots.push([node.range[0], node.range[1]])) });
      return spots;
    });
    const usable = files.map((_, index) => index).filter((index) => places[index]!.length > 0);
    const edit = fc.record({
      file: fc.constantFrom(...usable),
      spot: fc.nat(),
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      // Mostly what a value is typed with; now and then what makes it something else.
      typed: fc.oneof(
        { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(..."ab1y0.-_/+e9x"), maxLength: 3 }) },
        { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."ab1y0.-_/+: #'\"[]{},&*!|>\n\r~e9x"), maxLength: 4 }) },
      ),
    });
    let inPlace = 0;
    const runs = 400;
    for (const { file, spot, at, cut, typed } of fc.sample(edit, { numRuns: runs, seed: 5 })) {
      const before = files[file]!;
      const [start, end] = places[file]![spot % places[file]!.length]!;
      const where = start + (at % (end - start + 1));
      const text = before.slice(0, where) + typed + before.slice(Math.min(end, where + cut));
      if (text === before) continue;
      const chain = await freshModule();
      const first = chain.parseValuesText(before);
      const read = chain.parseValuesText(text);
      if (first.ok && read.ok && read.doc === first.doc) inPlace++;
      expect(summary(chain, text), JSON.stringify({ where, typed, cut })).toEqual(summary(await freshModule(), text));
    }
    // The in-place reading is what most of these edits took: the comparison was of it.
    expect(inPlace).toBeGreaterThan(runs / 5);
  }, 120_000);
});
