// The chart files generated from the schema are committed; they must match what the generator
// writes now, and values.yaml must hold exactly the core's defaults.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultValues } from "../values/defaults";
import { parseYaml11 } from "../yaml/yaml11";
import { generatedFiles } from "./generate";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

describe("generated chart files", () => {
  const files = generatedFiles({
    chartYaml: parseYaml11(read("chart/dagger-helm/Chart.yaml")) as Record<string, string>,
    readme: read("chart/dagger-helm/README.md"),
  });

  for (const [path, text] of Object.entries(files)) {
    it(`${path} is up to date (npm run gen)`, () => {
      expect(read(path)).toBe(text);
    });
  }

  it("values.yaml holds the core's defaults exactly", () => {
    expect(parseYaml11(read("chart/dagger-helm/values.yaml"))).toEqual(defaultValues());
  });

  it("values.yaml documents every parameter with a @param line", () => {
    const text = read("chart/dagger-helm/values.yaml");
    for (const key of ["engine.kind", "engine.statefulSet.replicas", "magicache.token", "additionalResources.service.port"]) {
      expect(text).toContain(`## @param ${key} `);
    }
  });

  it("the default image follows appVersion, not the chart version", () => {
    const chart = parseYaml11(read("chart/dagger-helm/Chart.yaml")) as { appVersion: string };
    expect(read("src/chart/chart-meta.ts")).toContain(`"appVersion": "${chart.appVersion}"`);
  });
});
