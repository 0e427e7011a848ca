// The Flux and Argo CD exports: valid objects of their kinds, carrying exactly the values of
// values.yaml (as Helm reads them, YAML 1.1 strings included) with its comments, the release,
// the namespace with its Pod Security label and the chart version; and Helm renders the values
// they carry as it renders values.yaml.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_DIR, helm, HELM_MAJORS, parseManifests, valuesFile } from "../../test/helm";
import { parseExportedFile, validateGitOpsObject } from "../../test/gitops-schema";
import { CHART } from "../chart/chart-meta";
import { parseYaml11 } from "../yaml/yaml11";
import { argoCdFile, fluxFile, type GitOpsTarget } from "./index";

const STRINGS = readFileSync(join(CHART_DIR, "ci", "strings-yaml11-values.yaml"), "utf8");
const VALUES = `# yaml-language-server: $schema=https://example.com/values.schema.json
# Build engines for the CI cluster.

engine:
  kind: StatefulSet # a pool of engines
  statefulSet:
    replicas: 2
    persistentVolumeClaim: { enabled: true } # one volume per engine
  # Cost report labels
  labels:
    team: 'yes'
    mode: "0755"
`;

const target = (change: Partial<GitOpsTarget> = {}): GitOpsTarget => ({
  release: { name: "ci-engine", namespace: "builds" },
  chartsUrl: "https://tools.example.com/dagger/charts",
  chartVersion: CHART.version,
  podSecurity: "privileged",
  valuesText: VALUES,
  ...change,
});

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function flux(change?: Partial<GitOpsTarget>) {
  const documents = parseExportedFile(fluxFile(target(change))) as Doc[];
  documents.forEach(validateGitOpsObject);
  return documents;
}

function argo(change?: Partial<GitOpsTarget>) {
  const documents = parseExportedFile(argoCdFile(target(change))) as Doc[];
  documents.forEach(validateGitOpsObject);
  return documents;
}

describe("fluxFile", () => {
  it("writes the Namespace, a HelmRepository and a HelmRelease that validate", () => {
    const [namespace, repository, release] = flux();
    expect(namespace).toEqual({ apiVersion: "v1", kind: "Namespace", metadata: { name: "builds", labels: { "pod-security.kubernetes.io/enforce": "privileged" } } });
    expect(repository).toMatchObject({ kind: "HelmRepository", metadata: { name: "dagger-helm", namespace: "builds" }, spec: { url: "https://tools.example.com/dagger/charts" } });
    expect(release).toMatchObject({
      apiVersion: "helm.toolkit.fluxcd.io/v2",
      metadata: { name: "ci-engine", namespace: "builds" },
      spec: { releaseName: "ci-engine", chart: { spec: { chart: "dagger-helm", version: CHART.version, sourceRef: { kind: "HelmRepository", name: "dagger-helm" } } } },
    });
    expect(release?.spec.values).toEqual(parseYaml11(VALUES));
  });

  it("keeps the comments of values.yaml in spec.values, but not its schema line", () => {
    const text = fluxFile(target());
    expect(text).toContain("    # Build engines for the CI cluster.\n");
    expect(text).toContain("      kind: StatefulSet # a pool of engines\n");
    expect(text).toContain("      # Cost report labels\n");
    expect(text).not.toContain("yaml-language-server");
  });

  it("labels the namespace with the level the engine's pods need", () => {
    expect(flux({ podSecurity: "restricted" })[0]?.metadata.labels).toEqual({ "pod-security.kubernetes.io/enforce": "restricted" });
  });

  it("leaves spec.values out when values.yaml sets nothing", () => {
    for (const valuesText of ["", "# only a comment\n", "{}\n"]) {
      expect(flux({ valuesText })[2]?.spec).not.toHaveProperty("values");
    }
  });
});

describe("argoCdFile", () => {
  it("writes an Application with a Helm source, the values as valuesObject, and the namespace's label", () => {
    const [application, ...rest] = argo();
    expect(rest).toEqual([]);
    expect(application).toMatchObject({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: { name: "ci-engine", namespace: "argocd" },
      spec: {
        project: "default",
        source: { repoURL: "https://tools.example.com/dagger/charts", chart: "dagger-helm", targetRevision: CHART.version, helm: { releaseName: "ci-engine" } },
        destination: { server: "https://kubernetes.default.svc", namespace: "builds" },
        syncPolicy: { syncOptions: ["CreateNamespace=true"], managedNamespaceMetadata: { labels: { "pod-security.kubernetes.io/enforce": "privileged" } } },
      },
    });
    expect(application?.spec.source.helm.valuesObject).toEqual(parseYaml11(VALUES));
  });

  it("keeps the comments of values.yaml in valuesObject", () => {
    const text = argoCdFile(target());
    expect(text).toContain("        # Build engines for the CI cluster.\n");
    expect(text).toContain("          # Cost report labels\n");
    expect(text).not.toContain("yaml-language-server");
  });

  it("leaves valuesObject out when values.yaml sets nothing", () => {
    expect(argo({ valuesText: "" })[0]?.spec.source.helm).toEqual({ releaseName: "ci-engine" });
  });
});

describe("the exported values", () => {
  it("keep strings YAML 1.1 would read as other types, in both files", () => {
    const expected = parseYaml11(STRINGS);
    expect(flux({ valuesText: STRINGS })[2]?.spec.values).toEqual(expected);
    expect(argo({ valuesText: STRINGS })[0]?.spec.source.helm.valuesObject).toEqual(expected);
  });

  it("refuse a values.yaml that is not a mapping, saying where", () => {
    expect(() => fluxFile(target({ valuesText: "engine: [\n" }))).toThrow(/^values.yaml: .*line/);
    expect(() => argoCdFile(target({ valuesText: "- a\n- b\n" }))).toThrow("values.yaml: the values must be a YAML mapping");
  });

  it.each(HELM_MAJORS)("render with Helm %i as values.yaml renders", async (major) => {
    for (const valuesText of [VALUES, STRINGS]) {
      const carried = [flux({ valuesText })[2]?.spec.values, argo({ valuesText })[0]?.spec.source.helm.valuesObject];
      const expected = await helm(major, ["template", "ci-engine", CHART_DIR, "-n", "builds", "-f", valuesFile(valuesText)]);
      expect(expected.ok, expected.stderr).toBe(true);
      for (const values of carried) {
        const rendered = await helm(major, ["template", "ci-engine", CHART_DIR, "-n", "builds", "-f", valuesFile(values)]);
        expect(rendered.ok, rendered.stderr).toBe(true);
        expect(parseManifests(rendered.stdout)).toEqual(parseManifests(expected.stdout));
      }
    }
  });
});
