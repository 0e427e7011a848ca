// The maximal values (test/maximal-values.ts) stay valid and really switch every feature on.
import { describe, expect, it } from "vitest";
import { helmTemplate, HELM_MAJORS, parseManifests } from "../../test/helm";
import { CHART_KINDS, validateKubernetesObject } from "../../test/kubernetes-schema";
import { maximalValues } from "../../test/maximal-values";
import { renderManifests, validateValues } from "../index";

const release = { releaseName: "max", namespace: "dagger" };

describe("maximal values", () => {
  it("are valid and render every kind the chart has, each a valid object", () => {
    expect(validateValues(maximalValues).problems).toEqual([]);
    const objects = renderManifests(maximalValues, release).map((manifest) => manifest.object);
    const kinds = new Set(objects.map((object) => `${String(object.apiVersion)}/${String(object.kind)}`));
    expect(objects.filter((object) => object.kind === "Service")).toHaveLength(2);
    expect([...kinds].sort()).toEqual(
      Object.keys(CHART_KINDS).filter((kind) => kind !== "apps/v1/DaemonSet").sort(),
    );
    for (const object of objects) validateKubernetesObject(object);
  });

  it.each(HELM_MAJORS)("render with Helm %i to the same documents as the core", async (major) => {
    const result = await helmTemplate(major, maximalValues, release);
    expect(result.ok, result.stderr).toBe(true);
    expect(parseManifests(result.stdout).map((manifest) => manifest.object)).toEqual(
      renderManifests(maximalValues, release).map((manifest) => manifest.object),
    );
  });
});
