import { describe, expect, it } from "vitest";
import { CHART } from "../chart/chart-meta";
import { defaultValues } from "../values/defaults";
import { coalesceValues } from "../values/coalesce";
import type { TValues } from "../values/schema";
import type { RenderContext } from "./context";
import { chartLabel, engineName, engineVersion, fullname, truncName } from "./names";

function context(user: object, releaseName = "ci"): RenderContext {
  const values = coalesceValues(defaultValues() as never, user as never) as TValues;
  return { values, release: { name: releaseName, namespace: "ns", service: "Helm" }, chart: CHART };
}

describe("names, as _helpers.tpl", () => {
  it("cuts at 63 characters and drops every trailing dash, so the name stays valid", () => {
    expect(truncName(`${"a".repeat(62)}-b`)).toBe("a".repeat(62));
    expect(truncName("abc--x", 5)).toBe("abc");
  });

  it("uses the release name alone when it contains the chart name", () => {
    expect(fullname(context({}, "my-dagger-helm"))).toBe("my-dagger-helm");
    expect(fullname(context({}, "ci"))).toBe("ci-dagger-helm");
    expect(fullname(context({ nameOverride: "engine" }, "ci"))).toBe("ci-engine");
    expect(fullname(context({ fullnameOverride: "custom" }, "ci"))).toBe("custom");
  });

  it("keeps the engine workload name within 52 characters however long the release", () => {
    const name = engineName(context({}, "r".repeat(53)));
    expect(name.length).toBeLessThanOrEqual(52);
    expect(name.endsWith("-engine")).toBe(true);
  });

  it("labels the chart as name-version with + made _", () => {
    expect(chartLabel({ ...context({}), chart: { ...CHART, version: "1.0.0+build" } })).toBe("dagger-helm-1.0.0_build");
  });

  it("takes the engine version from the image tag, the appVersion by default", () => {
    expect(engineVersion(context({}))).toBe(`v${CHART.appVersion}`);
    expect(engineVersion(context({ engine: { image: { ref: "localhost:5000/engine" } } }))).toBe("");
    expect(engineVersion(context({ engine: { image: { ref: "r/e:v0.19.0@sha256:abc" } } }))).toBe("v0.19.0");
    expect(engineVersion(context({ engine: { image: { ref: "r/e:tag_." } } }))).toBe("tag");
  });
});
