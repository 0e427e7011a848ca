// Import, then export, for a values file in each chart's style: the export keeps the user's
// document (every comment, the values equal), and Helm renders the same from it as from the
// original. A form edit changes one node and leaves the comments in place.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { helmTemplate, parseManifests } from "../../test/helm";
import { manifestsText } from "../render/manifest-text";
import { renderManifests } from "../render/index";
import { writeFieldValue } from "../wizard/field-write";
import { readValuesText } from "../wizard/values-state";
import { parseYaml11 } from "../yaml/yaml11";
import { importParentBlock, importValuesText, type ImportOutcome } from "./import-values";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "..", "e2e", "fixtures", name), "utf8");
const release = { releaseName: "ci", namespace: "build" };

function comments(text: string): string[] {
  return text.split("\n").flatMap((line) => (line.match(/#.*$/) ? [line.slice(line.indexOf("#")).trim()] : []));
}

function imported(outcome: ImportOutcome) {
  if (outcome.kind !== "values") throw new Error(`expected values, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const STYLES = [
  ["vendor-0.15.0-values.yaml", "vendor-0.15.0", ["engine.readinessProbeSettings (merged over engine.readinessProbe)"]],
  ["fork-values.yaml", "fork", []],
  ["vendor-1.0-beta-values.yaml", "vendor-1.0-beta", ["engine.livenessProbeSettings (merged over engine.livenessProbe)"]],
] as const;

describe.each(STYLES)("importing %s", (file, style, aliases) => {
  const original = fixture(file);
  const outcome = imported(importValuesText(original));

  it("understands the file: its chart, its aliases, no unknown keys", () => {
    expect(outcome.style).toBe(style);
    expect(outcome.aliases).toEqual(aliases);
    expect(outcome.unknownKeys).toEqual([]);
  });

  it("exports the user's document: equal values, every comment present", () => {
    expect(parseYaml11(outcome.text)).toEqual(parseYaml11(original));
    for (const comment of comments(original)) expect(outcome.text).toContain(comment);
  });

  it("renders the same manifests from the export as Helm does from the original", async () => {
    for (const major of [3, 4] as const) {
      const fromOriginal = await helmTemplate(major, original, release);
      const fromExport = await helmTemplate(major, outcome.text, release);
      expect(fromOriginal.stderr).toBe("");
      expect(fromExport.ok).toBe(true);
      expect(parseManifests(fromExport.stdout)).toEqual(parseManifests(fromOriginal.stdout));
      expect(parseManifests(manifestsText(renderManifests(outcome.values, release)))).toEqual(parseManifests(fromOriginal.stdout));
    }
  });

  it("keeps every comment when the form changes a value", () => {
    const edited = writeFieldValue(outcome.text, "engine.terminationGracePeriodSeconds", 42);
    for (const comment of comments(original)) expect(edited).toContain(comment);
    expect((parseYaml11(edited) as { engine: { terminationGracePeriodSeconds: number } }).engine.terminationGracePeriodSeconds).toBe(42);
  });
});

describe("a parent chart's values", () => {
  const original = fixture("parent-chart-values.yaml");

  it("offers the dagger: block", () => {
    expect(importValuesText(original)).toEqual({ kind: "parent", candidates: ["dagger"] });
  });

  it("uses the block with its comments, and Helm renders the same from it", async () => {
    const outcome = imported(importParentBlock(original, "dagger"));
    expect(outcome.text).toContain("# The runner schedules engines on its build nodes");
    expect(outcome.aliases).toEqual(["nodeSelector (under engine.nodeSelector, which wins per key)"]);
    const helm = await helmTemplate(4, outcome.text, release);
    expect(helm.ok).toBe(true);
    expect(parseManifests(manifestsText(renderManifests(outcome.values, release)))).toEqual(parseManifests(helm.stdout));
  });
});

describe("what import refuses", () => {
  it("lists unknown keys with a suggestion, and keeps them in the text", () => {
    const outcome = imported(importValuesText("engine:\n  kinds: StatefulSet\n  zzz: 1\n"));
    expect(outcome.unknownKeys).toEqual([{ path: "engine.kinds", suggestion: "engine.kind" }, { path: "engine.zzz", suggestion: undefined }]);
    expect(outcome.text).toContain("kinds: StatefulSet");
    // Listed once, as unknown keys, not again as schema problems.
    expect(outcome.problems).toEqual([]);
  });

  it("reads the text as the wizard will once it is imported: one reading, not a second validation", () => {
    const text = "engine:\n  kinds: StatefulSet\n  kind: Deployment\n";
    const outcome = imported(importValuesText(text));
    const reading = readValuesText(text);
    if (!reading.ok) throw new Error(reading.message);
    // The wizard's reading of the text, from its cache: the same lists, not equal copies.
    expect(outcome.values).toBe(reading.snapshot.userValues);
    expect(outcome.unknownKeys).toBe(reading.snapshot.unknownKeys);
    expect(outcome.problems).toEqual(reading.snapshot.problems.filter((problem) => problem.path !== "engine.kinds"));
    expect(outcome.problems.map((problem) => problem.path)).toEqual(["engine.kind"]);
  });

  it("counts the keys the values set, nested ones included, not those inside lists", () => {
    const outcome = imported(importValuesText("engine:\n  env:\n    - name: A\n      value: b\n  image:\n    ref: x\nlabels: {}\n"));
    // engine, engine.env, engine.image, engine.image.ref, labels
    expect(outcome.keys).toBe(5);
  });

  it("names what the chart refuses in values it knows, before Import", () => {
    const outcome = imported(importValuesText("engine:\n  kind: Deployment\n"));
    expect(outcome.unknownKeys).toEqual([]);
    expect(outcome.problems).toEqual([{ path: "engine.kind", message: expect.stringContaining('expected one of "DaemonSet"|"StatefulSet"') }]);
    expect(imported(importValuesText("engine:\n  kind: StatefulSet\n")).problems).toEqual([]);
  });

  it("gives broken YAML's line and column: where the unclosed [ opens, not where the parser gave up", () => {
    expect(importValuesText("engine:\n  kind: [\n")).toMatchObject({ kind: "error", position: { line: 2, column: 9 } });
  });

  it("refuses a file that is not YAML, a list, or a huge file", () => {
    expect(importValuesText("\u0000\u0001binary")).toMatchObject({ kind: "error", message: expect.stringContaining("not a YAML file") });
    expect(importValuesText("- a\n- b\n")).toMatchObject({ kind: "error", message: expect.stringContaining("not a list") });
    expect(importValuesText(`a: "${"x".repeat(1_100_000)}"\n`)).toMatchObject({ kind: "error", message: expect.stringContaining("MB") });
  });
});
