// The corpus of real values files (test/corpus/): our chart takes each one as Helm 3, Helm 4 and
// the core alike, renders valid Kubernetes objects, and `helm upgrade` from the upstream chart the
// file was written for goes through in place. Files with keys that never existed are refused by
// all three, naming the key to use instead.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS, CORPUS_DIR, corpusPath, corpusSlug, upstreamRenderPath, type CorpusEntry } from "../../test/corpus/corpus";
import { upstreamObjects } from "../../test/corpus/upstream-render";
import { firstDifference } from "../../test/difference";
import { CHART_DIR, helm, HELM_MAJORS, parseManifests } from "../../test/helm";
import { validateKubernetesObject } from "../../test/kubernetes-schema";
import { parseValuesText } from "../cli/read-values";
import { renderManifests, validateValues } from "../index";
import { upgradeFindings, upgradeRefusals, type UpgradeFinding } from "../upgrade/immutable-fields";

const accepted = CORPUS.filter((entry) => !entry.refused);
const refused = CORPUS.filter((entry) => entry.refused);

function values(entry: CorpusEntry) {
  return parseValuesText(readFileSync(corpusPath(entry), "utf8"), entry.file);
}

function helmTemplateFile(major: (typeof HELM_MAJORS)[number], entry: CorpusEntry) {
  return helm(major, ["template", entry.release, CHART_DIR, "-n", entry.namespace, "-f", corpusPath(entry)]);
}

const describeFindings = (findings: readonly UpgradeFinding[]) =>
  findings.map((finding) => `${finding.kind} ${finding.name} ${finding.field}: ${JSON.stringify(finding.before)} -> ${JSON.stringify(finding.after)}`);

describe("the corpus", () => {
  it("has at least 18 files, each listed once, each naming its source", () => {
    const files = readdirSync(CORPUS_DIR).filter((name) => name.endsWith("-values.yaml")).sort();
    expect(files.length).toBeGreaterThanOrEqual(18);
    expect(CORPUS.map((entry) => entry.file).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(`${CORPUS_DIR}/${file}`, "utf8"), file).toMatch(/^# Source: \S+\/\S+, /);
  });

  it("has an upstream render for every file the upstream chart took", () => {
    for (const entry of CORPUS) expect(existsSync(upstreamRenderPath(entry)), corpusSlug(entry)).toBe(entry.upstreamRefuses === undefined);
  });
});

describe.each(accepted.map((entry) => [corpusSlug(entry), entry] as const))("%s", (_slug, entry) => {
  const release = { releaseName: entry.release, namespace: entry.namespace };

  it("the core takes it and renders valid Kubernetes objects", () => {
    expect(validateValues(values(entry), entry.release).problems).toEqual([]);
    for (const { object } of renderManifests(values(entry), release)) {
      expect(() => validateKubernetesObject(object), `${String(object.kind)} ${JSON.stringify(object.metadata)}`).not.toThrow();
    }
  });

  it.each(HELM_MAJORS)("Helm %i renders the same documents as the core", async (major) => {
    const result = await helmTemplateFile(major, entry);
    expect(result.ok, result.stderr).toBe(true);
    const helmObjects = parseManifests(result.stdout).map((manifest) => manifest.object);
    const coreObjects = renderManifests(values(entry), release).map((manifest) => manifest.object);
    expect(firstDifference(helmObjects, coreObjects)).toBeUndefined();
  });

  it.runIf(entry.upstreamRefuses === undefined)(`helm upgrade from ${entry.chart} ${entry.version} is not refused`, () => {
    const next = renderManifests(values(entry), release).map((manifest) => manifest.object);
    expect(describeFindings(upgradeRefusals(upgradeFindings(upstreamObjects(entry), next)))).toEqual([]);
  });

  it.runIf(entry.upstreamRefuses === undefined)(`every workload of ${entry.chart} ${entry.version} keeps its kind and name`, () => {
    const next = renderManifests(values(entry), release).map((manifest) => manifest.object);
    const replaced = upgradeFindings(upstreamObjects(entry), next).filter((finding) => finding.severity === "replaced");
    expect(replaced.map((finding) => finding.message)).toEqual([]);
  });
});

describe.each(refused.map((entry) => [corpusSlug(entry), entry] as const))("%s (a key that never existed)", (_slug, entry) => {
  const { key, use } = entry.refused!;

  it(`the core refuses ${key} and names ${use}`, () => {
    const problem = validateValues(values(entry), entry.release).problems.find((candidate) => candidate.path === key);
    expect(problem?.message).toContain(use);
  });

  it.each(HELM_MAJORS)(`Helm %i refuses ${key} and names ${use}`, async (major) => {
    const result = await helmTemplateFile(major, entry);
    expect(result.ok).toBe(false);
    expect(result.stderr).toContain(key.split(".").pop());
    expect(result.stderr).toContain(use);
  });
});
