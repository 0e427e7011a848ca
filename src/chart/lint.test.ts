// `helm lint` passes for the defaults and for every ci/*-values.yaml scenario, with Helm 3 and 4,
// in normal and --strict mode (strict also fails on template warnings such as missing keys).
import { describe, expect, it } from "vitest";
import { ciScenarios } from "../../test/ci-values";
import { CHART_DIR, helm, HELM_MAJORS } from "../../test/helm";

const scenarios = ciScenarios();

describe.each(HELM_MAJORS)("helm lint with Helm %i", (major) => {
  it("has ci scenarios to lint", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
  });

  it.each(["", "--strict"])("passes with the defaults %s", async (strict) => {
    const result = await helm(major, ["lint", CHART_DIR, ...(strict ? [strict] : [])]);
    expect(result.ok, result.stdout + result.stderr).toBe(true);
    expect(result.stdout).toContain("0 chart(s) failed");
  });

  it.each(scenarios.flatMap(({ name, path }) => [[name, path, ""], [name, path, "--strict"]]))(
    "passes with ci/%s %s",
    async (_name, path, strict) => {
      const result = await helm(major, ["lint", CHART_DIR, "-f", path, ...(strict ? [strict] : [])]);
      expect(result.ok, result.stdout + result.stderr).toBe(true);
      expect(result.stdout).not.toMatch(/\[(ERROR|WARNING)\]/);
    },
  );
});
