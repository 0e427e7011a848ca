// The upgrade check from what real Helm deployed: `helm template` prints what `helm get manifest`
// prints for an installed release, so the deployed side here is Helm 4's own render.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { CORPUS, corpusPath } from "../../test/corpus/corpus";
import { helmTemplate } from "../../test/helm";
import { migrateValues } from "../migrate/migrate";
import { parseYaml11, toYaml11 } from "../yaml/yaml11";
import type { Table } from "../values/tree";
import { compareWithDeployed, readDeployedRelease, upgradeCheck } from "./check";
import { upgradeReport } from "./report";

const RELEASE = { releaseName: "dagger", namespace: "build" };
const NAME = "dagger-dagger-helm-engine";
const claimed = (storage: string, storageClassName: string, more: Table = {}): Table => ({
  engine: { kind: "StatefulSet", statefulSet: { replicas: 3, persistentVolumeClaim: { enabled: true, storageClassName, resources: { requests: { storage } } } }, ...more },
});
const DEPLOYED_VALUES = claimed("50Gi", "standard");

let manifest = "";
beforeAll(async () => {
  const helm = await helmTemplate(4, DEPLOYED_VALUES, RELEASE);
  expect(helm.ok, helm.stderr).toBe(true);
  manifest = helm.stdout;
});

const fromManifest = (values: Table) => upgradeCheck({ deployedText: manifest, deployedName: "deployed.yaml", values, valuesFiles: ["values.yaml"] });

describe("from a deployed manifest (helm get manifest)", () => {
  it("refuses a bigger claim on another storage class, and shows the way through", () => {
    const check = fromManifest(claimed("200Gi", "fast"));
    expect([check.release, check.namespace, check.exitCode]).toEqual(["dagger", "build", 2]);
    expect(check.verdicts.map((verdict) => [verdict.severity, verdict.field, verdict.valuesPath, verdict.before, verdict.after])).toEqual([
      ["refused", "spec.volumeClaimTemplates[0].spec.storageClassName", "engine.statefulSet.persistentVolumeClaim.storageClassName", "standard", "fast"],
      ["refused", "spec.volumeClaimTemplates[0].spec.resources.requests.storage", "engine.statefulSet.persistentVolumeClaim.resources.requests.storage", "50Gi", "200Gi"],
    ]);
    const report = upgradeReport(check);
    expect(report).toContain("helm upgrade would FAIL: the API server refuses it (exit 2).");
    expect(report).toContain(`      1. kubectl delete statefulset ${NAME} --namespace build --cascade=orphan\n`);
    expect(report).toContain("      2. helm upgrade dagger ./chart/dagger-helm --namespace build -f values.yaml\n");
    expect(report).toContain(`Existing claims (data-${NAME}-<ordinal>) keep their 50Gi`);
  });

  it("replaces the workload and loses the claims' cache when it becomes a DaemonSet", () => {
    const check = fromManifest({ engine: { kind: "DaemonSet" } });
    expect(check.exitCode).toBe(3);
    expect(check.verdicts.map((verdict) => [verdict.severity, verdict.valuesPath])).toEqual([
      ["replaced", "engine.kind"],
      ["cache-lost", "engine.kind"],
    ]);
  });

  it("restarts the pods and keeps the cache when only the resources change", () => {
    const check = fromManifest(claimed("50Gi", "standard", { resources: { limits: { memory: "8Gi" } } }));
    expect(check.exitCode).toBe(0);
    expect(check.verdicts.map((verdict) => [verdict.severity, verdict.valuesPath])).toEqual([["restart", "engine.resources"]]);
    const report = upgradeReport(check);
    expect(report).toContain("helm upgrade goes through in place; the engines restart (exit 0).");
    expect(report).toContain(`The cache is kept (the volume claims data-${NAME}-<ordinal>).`);
  });

  it("finds nothing when the values are the ones deployed", () => {
    const check = fromManifest(DEPLOYED_VALUES);
    expect(check.verdicts).toEqual([]);
    expect(upgradeReport(check)).toContain("helm upgrade goes through in place, and no engine restarts (exit 0).\n\nNothing changes in the rendered resources.");
  });

  it("reads what runs once and compares any number of values with it (the wizard's way)", () => {
    const deployed = readDeployedRelease({ deployedText: manifest, deployedName: "deployed.yaml" });
    expect(deployed.objects.map((object) => object.kind)).toEqual(["Service", "StatefulSet"]);
    for (const values of [DEPLOYED_VALUES, claimed("100Gi", "standard"), { engine: { kind: "DaemonSet" } }]) {
      expect(compareWithDeployed(deployed, { values, valuesFiles: ["values.yaml"] })).toEqual(fromManifest(values));
    }
  });

  it("reads Helm 3's manifest of the same release alike", async () => {
    const helm3 = await helmTemplate(3, DEPLOYED_VALUES, RELEASE);
    expect(helm3.ok, helm3.stderr).toBe(true);
    const values = claimed("200Gi", "fast", { resources: { limits: { memory: "8Gi" } } });
    const check = upgradeCheck({ deployedText: helm3.stdout, deployedName: "deployed.yaml", values, valuesFiles: ["values.yaml"] });
    expect(check.verdicts).toEqual(fromManifest(values).verdicts);
    expect(check.verdicts.map((verdict) => verdict.severity)).toEqual(["refused", "refused", "restart"]);
  });

  it("refuses a release or namespace the manifest does not belong to", () => {
    const wrong = () => upgradeCheck({ deployedText: manifest, deployedName: "deployed.yaml", values: {}, release: "ci" });
    expect(wrong).toThrow('deployed.yaml: the deployed manifest belongs to release "dagger", not "ci": leave out --release, or give the release it shows');
  });
});

describe("from deployed values (helm get values)", () => {
  const fromValues = (values: Table, from?: string) =>
    upgradeCheck({ deployedText: toYaml11(DEPLOYED_VALUES), deployedName: "values.yaml", values, release: RELEASE.releaseName, namespace: RELEASE.namespace, from });

  it("takes this chart's values as this chart's, and agrees with the manifest", () => {
    const next = claimed("200Gi", "fast", { resources: { limits: { memory: "8Gi" } } });
    const check = fromValues(next);
    expect(check.baseline.renderedWith).toBe("this");
    expect(check.baseline.notes.join(" ")).toContain("This chart reads them all, so the values are taken as this chart's");
    expect(check.verdicts).toEqual(fromManifest(next).verdicts);
    expect(check.valueChanges).toEqual([
      { path: "engine.statefulSet.persistentVolumeClaim.storageClassName", before: "standard", after: "fast" },
      { path: "engine.statefulSet.persistentVolumeClaim.resources.requests.storage", before: "50Gi", after: "200Gi" },
      { path: "engine.resources", before: undefined, after: { limits: { memory: "8Gi" } } },
    ]);
  });

  it("renders values written for dagger's chart with it, and finds the migration in place", () => {
    const entry = CORPUS.find((candidate) => candidate.file === "dagger-ci-statefulset-values.yaml")!;
    const text = readFileSync(corpusPath(entry), "utf8");
    const migrated = migrateValues(text, entry.file, { chart: entry.chart, version: entry.version }, { releaseName: entry.release, namespace: entry.namespace });
    const check = upgradeCheck({
      deployedText: text,
      deployedName: entry.file,
      values: parseYaml11(migrated.valuesText) as Table,
      release: entry.release,
      namespace: entry.namespace,
      from: `${entry.chart}@${entry.version}`,
    });
    expect(check.baseline.renderedWith).toEqual({ chart: entry.chart, version: entry.version });
    expect(check.verdicts.filter((verdict) => verdict.severity !== "restart")).toEqual([]);
    expect(check.exitCode).toBe(0);
  });

  it("says which chart it assumed when the keys fit an upstream release", () => {
    const check = upgradeCheck({ deployedText: "engine:\n  kind: StatefulSet\n", deployedName: "values.yaml", values: { engine: { kind: "StatefulSet" } } });
    expect(check.baseline.renderedWith).toEqual({ chart: "vendor", version: "1.0.0-beta.11" });
    expect(check.baseline.notes.join("\n")).toMatch(/pass --release with the real one[\s\S]*Compared with dagger's chart 1\.0\.0-beta\.11, the newest of them[\s\S]*--from this/);
    expect(check.verdicts.find((verdict) => verdict.severity === "engine-version")?.message).toContain("The engine changes from v1.0.0-beta.11 to v0.21.8.");
  });

  it("names the deployed file when this chart refuses its values", () => {
    const bad = () => upgradeCheck({ deployedText: "engine:\n  kinds: StatefulSet\n", deployedName: "values.yaml", values: {}, from: "this" });
    expect(bad).toThrow(/^values\.yaml: dagger-helm 0\.5\.0 refuses the deployed values:\n {2}- engine\.kinds: unknown key/);
  });
});
