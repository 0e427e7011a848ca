import { describe, expect, it } from "vitest";
import { CHART } from "../chart/chart-meta";
import { renderManifests } from "../render/index";
import { manifestsText } from "../render/manifest-text";
import { toYaml11 } from "../yaml/yaml11";
import type { Table } from "../values/tree";
import { upgradeReading, type UpgradeReadingRequest } from "./upgrade-reading";

const claimed = (storage: string, more: Table = {}): Table => ({
  engine: { kind: "StatefulSet", statefulSet: { replicas: 2, persistentVolumeClaim: { enabled: true, resources: { requests: { storage } } } }, ...more },
});
const DEPLOYED = toYaml11(claimed("50Gi"));
const RELEASE = { name: "dagger", namespace: "build" };
const URL = "https://example.com/wizard/charts";
const NAME = "dagger-dagger-helm-engine";

const read = (values: Table, more: Partial<UpgradeReadingRequest> = {}) =>
  upgradeReading({ deployed: { text: DEPLOYED, name: "deployed.yaml" }, release: RELEASE, valuesText: toYaml11(values), chartsUrl: URL, ...more });

function ok(reading: ReturnType<typeof upgradeReading>) {
  if (!reading.ok) throw new Error(`expected a reading, got ${JSON.stringify(reading)}`);
  return reading;
}

describe("upgradeReading", () => {
  it("refuses a bigger claim and gives the way through with this site's chart repository", () => {
    const reading = ok(read(claimed("200Gi")));
    expect(reading.exitCode).toBe(2);
    expect(reading.verdicts.map((verdict) => [verdict.severity, verdict.valuesPath])).toEqual([["refused", "engine.statefulSet.persistentVolumeClaim.resources.requests.storage"]]);
    expect(reading.verdicts[0]?.wayThrough?.steps.map((step) => step.command)).toEqual([
      `kubectl delete statefulset ${NAME} --namespace build --cascade=orphan`,
      `helm upgrade dagger dagger-helm --repo ${URL} --version ${CHART.version} --namespace build -f values.yaml`,
    ]);
    expect(reading.headline).toContain("FAIL");
    expect(reading.deployedValues).toContain("storage: 50Gi");
    expect(reading.currentValues).toContain("storage: 200Gi");
    expect(reading.deployedManifests).toContain("storage: 50Gi");
    expect(reading.nextManifests).toContain("storage: 200Gi");
    expect(reading.releaseNote).toBeUndefined();
  });

  it("says pods restart and the cache is kept when only the resources change", () => {
    const reading = ok(read(claimed("50Gi", { resources: { limits: { memory: "8Gi" } } })));
    expect(reading.exitCode).toBe(0);
    expect(reading.verdicts.map((verdict) => [verdict.severity, verdict.valuesPath])).toEqual([["restart", "engine.resources"]]);
    expect(reading.verdicts[0]?.message).toContain("The cache is kept");
  });

  it("says what and where when the deployed text is not YAML", () => {
    const reading = upgradeReading({ deployed: { text: "engine:\n  kind: [", name: "pasted" }, release: RELEASE, valuesText: "", chartsUrl: URL });
    expect(reading).toMatchObject({ ok: false, cause: "deployed" });
    expect(!reading.ok && reading.cause === "deployed" && reading.message).toMatch(/^pasted:\d+:\d+: /);
  });

  it("names the current values' problem instead of comparing", () => {
    const reading = read({ engine: { kind: "Deployment" } });
    expect(reading).toMatchObject({ ok: false, cause: "values" });
  });

  it("compares with a manifest's own release and says so", () => {
    const manifest = manifestsText(renderManifests(claimed("50Gi"), { releaseName: "ci", namespace: "tools" }));
    const reading = ok(upgradeReading({ deployed: { text: manifest, name: "manifest.yaml" }, release: RELEASE, valuesText: toYaml11(claimed("50Gi")), chartsUrl: URL }));
    expect([reading.release, reading.namespace, reading.verdicts]).toEqual(["ci", "tools", []]);
    expect(reading.deployedValues).toBeUndefined();
    expect(reading.releaseNote).toContain(`release "ci" in namespace tools`);
  });

  it("dots out the magicache tokens in the values diff unless asked to show them", () => {
    const token = "tok-0123456789abcdef";
    const values = { ...claimed("50Gi"), magicache: { enabled: true, token } };
    const deployed = { text: toYaml11(values), name: "deployed.yaml" };
    expect(ok(read(values, { deployed })).currentValues).not.toContain(token);
    expect(ok(read(values, { deployed })).deployedValues).not.toContain(token);
    expect(ok(read(values, { deployed, showToken: true })).currentValues).toContain(token);
    // The Secret on both sides holds it base64-encoded: dotted out of the manifests diff too.
    const encoded = Buffer.from(token).toString("base64");
    expect(ok(read(values, { deployed })).nextManifests).not.toContain(encoded);
    expect(ok(read(values, { deployed })).deployedManifests).not.toContain(encoded);
    expect(ok(read(values, { deployed, showToken: true })).nextManifests).toContain(encoded);
  });

  it("dots out a longer token that holds the other whole, not only the part they share", () => {
    const current = "tok-0123456789abcdef";
    const before = `${current}-before-rotation`;
    const deployed = { text: toYaml11({ magicache: { enabled: true, token: before } }), name: "deployed.yaml" };
    const reading = ok(read({ magicache: { enabled: true, token: current } }, { deployed }));
    expect(reading.deployedValues).toContain("token: ");
    expect(reading.deployedValues).not.toContain("-before-rotation");
  });

  it("dots out the token a deployed manifest carries, though its values are not known", () => {
    const deployedToken = "old-token-0123456789";
    const currentToken = "old-token-0123456789-rotated";
    const manifest = manifestsText(renderManifests({ magicache: { enabled: true, token: deployedToken } }, { releaseName: RELEASE.name, namespace: RELEASE.namespace }));
    const values = { magicache: { enabled: true, token: currentToken } };
    const deployed = { text: manifest, name: "manifest.yaml" };
    const encoded = (token: string) => Buffer.from(token).toString("base64");
    expect(manifest).toContain(encoded(deployedToken));
    const reading = ok(read(values, { deployed }));
    for (const text of [reading.deployedManifests, reading.nextManifests]) {
      for (const token of [deployedToken, currentToken]) {
        expect(text).not.toContain(token);
        expect(text).not.toContain(encoded(token));
      }
    }
    const shown = ok(read(values, { deployed, showToken: true }));
    expect(shown.deployedManifests).toContain(encoded(deployedToken));
    expect(shown.nextManifests).toContain(encoded(currentToken));
  });
});
