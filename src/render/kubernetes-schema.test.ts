// Every document the core and Helm render, for the defaults and every ci scenario, is strict YAML
// (YAML 1.1 as Kubernetes reads it, no duplicated key) and a valid object of its kind.
import { describe, expect, it } from "vitest";
import { ciScenarios } from "../../test/ci-values";
import { helmTemplate, HELM_MAJORS } from "../../test/helm";
import { CHART_KINDS, validateKubernetesObject } from "../../test/kubernetes-schema";
import { manifestsText, renderManifests } from "../index";
import { parseAllYaml11 } from "../yaml/yaml11";

const LONG_RELEASE = "a-release-name-of-fifty-three-characters-for-limits-x";
const scenarios: [name: string, values: Record<string, unknown>, releaseName: string][] = [
  ["defaults", {}, "ci"],
  ["defaults, longest release name", {}, LONG_RELEASE],
  ["StatefulSet, longest release name", { engine: { kind: "StatefulSet" } }, LONG_RELEASE],
  ...ciScenarios().map(({ name, values }): [string, Record<string, unknown>, string] => [name, values, "ci"]),
];

/** Objects of a multi-document YAML text, parsed strictly; throws on any YAML error. */
function strictObjects(text: string): Record<string, unknown>[] {
  return parseAllYaml11(text)
    .map((doc) => {
      if (doc.errors.length) throw new Error(doc.errors.map((error) => error.message).join("\n"));
      return doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> | null;
    })
    .filter((object): object is Record<string, unknown> => object !== null);
}

const kindOf = (object: Record<string, unknown>) => `${String(object.apiVersion)}/${String(object.kind)}`;
const renderedKinds = new Set<string>();

describe.each(scenarios)("%s", (_name, values, releaseName) => {
  const release = { releaseName, namespace: "dagger" };

  it("the core's documents are strict YAML and valid Kubernetes objects", () => {
    const objects = strictObjects(manifestsText(renderManifests(values, release)));
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) {
      expect(() => validateKubernetesObject(object), kindOf(object)).not.toThrow();
      renderedKinds.add(kindOf(object));
    }
  });

  it.each(HELM_MAJORS)("Helm %i's documents are strict YAML and valid Kubernetes objects", async (major) => {
    const result = await helmTemplate(major, values, release);
    expect(result.ok, result.stderr).toBe(true);
    const objects = strictObjects(result.stdout);
    expect(objects.map(kindOf)).toEqual(strictObjects(manifestsText(renderManifests(values, release))).map(kindOf));
    for (const object of objects) expect(() => validateKubernetesObject(object), kindOf(object)).not.toThrow();
  });
});

describe("coverage and the checker itself", () => {
  it("the scenarios render every kind the chart has", () => {
    expect([...renderedKinds].sort()).toEqual(Object.keys(CHART_KINDS).sort());
  });

  it("rejects what the API server would", () => {
    const manifests = renderManifests({}, { releaseName: "ci", namespace: "dagger" });
    const daemonSet = manifests.find((manifest) => manifest.object.kind === "DaemonSet")!.object;
    const broken = structuredClone(daemonSet) as { spec: { template: { spec: { containers: { ports?: unknown }[] } } } };
    broken.spec.template.spec.containers[0]!.ports = [{ containerPort: "80" }];
    expect(() => validateKubernetesObject(broken)).toThrow(/containerPort must be integer/);
    expect(() => validateKubernetesObject({ ...daemonSet, metadata: { name: "x".repeat(64) } })).toThrow(/longer than 63/);
    expect(() => validateKubernetesObject({ ...daemonSet, metadata: { name: "x", labels: { a: "~" } } })).toThrow(/not a valid label value/);
    expect(() => validateKubernetesObject({ apiVersion: "v1", kind: "Pod" })).toThrow(/not a kind this chart renders/);
  });

  it("duplicated keys are refused", () => {
    expect(() => strictObjects("a: 1\na: 2\n")).toThrow();
  });
});
