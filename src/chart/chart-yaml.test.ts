// Chart.yaml carries what chart repositories and Artifact Hub read, and its annotations agree
// with what the chart renders: the images annotation names the engine image of the defaults.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isKind } from "../render/chart-objects";
import { renderManifests } from "../render/index";
import { parseYaml11 } from "../yaml/yaml11";
import { CHART } from "./chart-meta";

const chartYaml = parseYaml11(readFileSync(join(import.meta.dirname, "..", "..", "chart", "dagger-helm", "Chart.yaml"), "utf8")) as Record<string, unknown>;
const annotations = chartYaml.annotations as Record<string, string>;

describe("Chart.yaml", () => {
  it("has the fields repositories and catalogues list", () => {
    expect(chartYaml).toMatchObject({ apiVersion: "v2", name: CHART.name, version: CHART.version, appVersion: CHART.appVersion });
    expect(chartYaml.kubeVersion).toMatch(/^>=1\.\d+\.\d+-0$/);
    expect(chartYaml.home).toMatch(/^https:\/\//);
    expect(chartYaml.icon).toMatch(/^https:\/\/.+\.(svg|png)$/);
    expect(chartYaml.sources).toEqual(expect.arrayContaining([expect.stringMatching(/^https:\/\//)]));
    expect((chartYaml.keywords as string[]).length).toBeGreaterThanOrEqual(3);
    expect(chartYaml.maintainers).toEqual(expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]));
  });

  it("names the engine image the defaults render, at appVersion, for Artifact Hub", () => {
    const manifests = renderManifests({}, { releaseName: "dagger", namespace: "dagger" });
    const daemonSet = manifests.map((manifest) => manifest.object).find((object) => isKind(object, "DaemonSet"));
    const rendered = daemonSet?.spec?.template.spec?.containers[0]?.image;
    expect(rendered).toBe(`registry.dagger.io/engine:v${CHART.appVersion}`);
    expect(parseYaml11(annotations["artifacthub.io/images"] ?? "")).toEqual([{ name: "engine", image: rendered }]);
  });

  it("has Artifact Hub's license, prerelease and changes annotations in their formats", () => {
    expect(annotations["artifacthub.io/license"]).toMatch(/^[A-Za-z0-9.-]+$/);
    expect(annotations["artifacthub.io/prerelease"]).toBe(String(/-/.test(CHART.version)));
    const changes = parseYaml11(annotations["artifacthub.io/changes"] ?? "") as { kind: string; description: string }[];
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(["added", "changed", "deprecated", "removed", "fixed", "security"]).toContain(change.kind);
      expect(change.description.length).toBeGreaterThan(10);
    }
  });
});
