// The core against real Helm 3 and 4 on random values files over every key of the contract:
// the same documents in the same order, parsed as Kubernetes parses them (YAML 1.1), and the
// exported minimal values rendering the same again. PARITY_RUNS and PARITY_SEED override the
// count and the seed; a failure prints the seed and the values file that broke.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryValuesText, type ValuesText } from "../../test/arbitrary-texts";
import { arbitraryRelease, arbitraryValues } from "../../test/arbitrary-values";
import { firstDifference } from "../../test/difference";
import { helmTemplate, helmTemplateFile, mapLimit, parseManifests, type HelmMajor } from "../../test/helm";
import { parseValuesText } from "../cli/read-values";
import { decodeValuesBytes } from "../yaml/decode-bytes";
import { validateKubernetesObject } from "../../test/kubernetes-schema";
import { toYaml11 } from "../yaml/yaml11";
import { manifestsText } from "./manifest-text";
import { minimalValues } from "../values/minimal";
import { validateValues } from "./validate";
import { renderManifests } from "./index";
import type { Table } from "../values/tree";

const RUNS = Number(process.env.PARITY_RUNS ?? 500);
/** One valid file in this many also has its minimal values rendered by Helm (every one by the core). */
const MINIMAL_IN_HELM = 4;
const SEED = Number(process.env.PARITY_SEED ?? Math.floor(Math.random() * 2 ** 31));

const FAILURES_FILE = join(import.meta.dirname, "..", "..", ".cache", "parity-failures.txt");
mkdirSync(join(FAILURES_FILE, ".."), { recursive: true });
rmSync(FAILURES_FILE, { force: true });

interface Case {
  values: Table;
  release: { releaseName: string; namespace: string };
}

/** RUNS values files the core accepts, and up to RUNS / 5 it refuses, from one seed. */
function drawCases(): { valid: Case[]; invalid: Case[] } {
  const valid: Case[] = [];
  const invalid: Case[] = [];
  const draws = fc.sample(fc.record({ values: arbitraryValues, release: arbitraryRelease }), { numRuns: RUNS * 3, seed: SEED });
  for (const draw of draws) {
    if (valid.length >= RUNS) break;
    const item = draw as Case;
    if (validateValues(item.values).problems.length) {
      if (invalid.length < RUNS / 5) invalid.push(item);
    } else valid.push(item);
  }
  return { valid, invalid };
}

/** The core's manifests, parsed as Helm's output is. */
function coreManifests(values: Table, release: Case["release"]): ReturnType<typeof parseManifests> {
  return parseManifests(manifestsText(renderManifests(values, release)));
}

function kubernetesProblem(object: Record<string, unknown>): string | undefined {
  try {
    validateKubernetesObject(object);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function describeCase(item: Case): string {
  return `seed ${SEED}, release ${item.release.releaseName} -n ${item.release.namespace}, values:\n${toYaml11(item.values)}`;
}

/**
 * parseManifests, once per distinct text: Helm 3 and 4 mostly print the same bytes, for the
 * values and their minimal values alike, and reading Helm's output was ~40% of this file's own time.
 */
function parsedOnce(): (text: string) => ReturnType<typeof parseManifests> {
  const parsed = new Map<string, ReturnType<typeof parseManifests>>();
  return (text) => parsed.get(text) ?? parsed.set(text, parseManifests(text)).get(text)!;
}

async function compareWithHelm(major: HelmMajor, values: unknown, item: Case, expected: unknown[], label: string, parse: (text: string) => unknown[]): Promise<string | undefined> {
  const result = await helmTemplate(major, values, item.release);
  if (!result.ok) return `Helm ${major} refused ${label}: ${result.stderr}\n${describeCase(item)}`;
  const actual = parse(result.stdout);
  const difference = firstDifference(actual, expected);
  return difference ? `Helm ${major} ≠ core on ${label}: ${difference}\n${describeCase(item)}` : undefined;
}

describe("parity with real Helm", () => {
  const { valid, invalid } = drawCases();

  it(`renders valid Kubernetes objects, and what Helm 3 and 4 render, for ${RUNS} random values files and their minimal values (in Helm for 1 in ${MINIMAL_IN_HELM})`, async () => {
    expect(valid.length).toBe(RUNS);
    const failures = await mapLimit(valid, 4, async (item, index) => {
      const expected = coreManifests(item.values, item.release);
      const invalid = expected.flatMap((manifest) => kubernetesProblem(manifest.object) ?? []);
      if (invalid.length) return [`the API server would refuse: ${invalid.join("; ")}\n${describeCase(item)}`];
      const parse = parsedOnce();
      // The export must reproduce the same manifests: in the core for every file, and in Helm
      // (4 and 3 in turn) for one in MINIMAL_IN_HELM. A Helm run costs ~0.15 s of CPU, most of it
      // Helm starting; this comparison was a third of this file's runs.
      const minimal = minimalValues(item.values);
      const minimalInCore = firstDifference(coreManifests(minimal, item.release), expected);
      const problems = await Promise.all([
        compareWithHelm(3, item.values, item, expected, "the values", parse),
        compareWithHelm(4, item.values, item, expected, "the values", parse),
        index % MINIMAL_IN_HELM ? undefined : compareWithHelm((index / MINIMAL_IN_HELM) % 2 ? 3 : 4, minimal, item, expected, "the minimal values", parse),
      ]);
      if (minimalInCore) problems.push(`the core's minimal values ≠ its values: ${minimalInCore}\n${describeCase(item)}`);
      return problems.filter((problem): problem is string => problem !== undefined);
    });
    const mismatches = failures.flat();
    console.log(`parity: ${valid.length} random values files × Helm 3.17.3 and 4.1.4, plus their minimal values (in the core, and in Helm for 1 in ${MINIMAL_IN_HELM}): ${mismatches.length} mismatches (seed ${SEED})`);
    if (mismatches.length) writeFileSync(FAILURES_FILE, mismatches.join("\n\n"));
    expect(mismatches.map((m) => m.split("\n")[0]).slice(0, 5), `all in ${FAILURES_FILE}`).toEqual([]);
  }, 900_000);

  it("refuses the values Helm refuses", async () => {
    expect(invalid.length).toBeGreaterThan(0);
    const failures = await mapLimit(invalid, 3, async (item) => {
      const results = await Promise.all([helmTemplate(3, item.values, item.release), helmTemplate(4, item.values, item.release)]);
      return results.flatMap((result, i) =>
        result.ok ? [`Helm ${i ? 4 : 3} accepted values the core refuses (${validateValues(item.values).problems[0]?.message}):\n${describeCase(item)}`] : [],
      );
    });
    console.log(`parity: ${invalid.length} random invalid values files refused by the core, Helm 3 and Helm 4`);
    expect(failures.flat().slice(0, 3)).toEqual([]);
  }, 300_000);

  it(`agrees with Helm 4 (and Helm 3 where they agree) on ${Math.ceil(RUNS / 2)} values files written with merge keys, __proto__, directives, !!binary, NEL, several documents, UTF-16…`, async () => {
    const texts = fc.sample(arbitraryValuesText, { numRuns: Math.ceil(RUNS / 2), seed: SEED });
    const ours = texts.map(coreRenders);
    const failures = await mapLimit(texts, 3, async (item, index) => {
      const core = ours[index]!;
      const parse = parsedOnce();
      const majors: HelmMajor[] = item.helm3Differs ? [4] : [3, 4];
      return Promise.all(
        majors.map(async (major) => {
          const helm = await helmTemplateFile(major, item.content, item.release);
          const label = `${item.twist}, seed ${SEED}, -n ${JSON.stringify(item.release.namespace)}`;
          if (!helm.ok || !core.ok) {
            return helm.ok === core.ok ? undefined : `Helm ${major} ${helm.ok ? "accepted" : `refused (${helm.stderr.split("\n")[0]})`}, the core ${core.ok ? "accepted" : `refused (${core.message})`}: ${label}\n${textOf(item)}`;
          }
          const difference = firstDifference(parse(helm.stdout), core.manifests);
          return difference ? `Helm ${major} ≠ core: ${difference}: ${label}\n${textOf(item)}` : undefined;
        }),
      );
    });
    const mismatches = failures.flat().filter((failure): failure is string => failure !== undefined);
    const twists = new Set(texts.map((text) => text.twist));
    const rendered = ours.filter((core) => core.ok).length;
    console.log(`parity: ${texts.length} values texts (${twists.size} kinds, ${rendered} rendered, the rest refused by both) × Helm 3.17.3 and 4.1.4: ${mismatches.length} mismatches (seed ${SEED})`);
    if (mismatches.length) writeFileSync(FAILURES_FILE.replace(/\.txt$/, "-texts.txt"), mismatches.join("\n\n"));
    expect(mismatches.map((m) => m.split("\n")[0]).slice(0, 5)).toEqual([]);
  }, 900_000);
});

/** What the core (as the CLI) makes of a values file's bytes: the manifests as Kubernetes reads them, or its refusal. */
function coreRenders(item: ValuesText): { ok: true; manifests: ReturnType<typeof parseManifests> } | { ok: false; message: string } {
  try {
    const decoded = decodeValuesBytes(typeof item.content === "string" ? new TextEncoder().encode(item.content) : item.content);
    if (!decoded.ok) return { ok: false, message: decoded.message };
    const values = parseValuesText(decoded.text, "values.yaml");
    return { ok: true, manifests: coreManifests(values, item.release) };
  } catch (error) {
    return { ok: false, message: (error as Error).message.split("\n")[0] ?? "" };
  }
}

function textOf(item: ValuesText): string {
  return typeof item.content === "string" ? item.content : `(${item.content.length} bytes of UTF-16)`;
}

