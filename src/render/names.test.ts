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

  it("names the workload <fullname>-engine as both upstreams do, within 63 characters (52 for a StatefulSet)", () => {
    expect(engineName(context({}, "ci"))).toBe("ci-dagger-helm-engine");
    // Upstream's name for every fullname it could install: up to 56 characters for a DaemonSet.
    expect(engineName(context({ fullnameOverride: "f".repeat(56) }))).toBe(`${"f".repeat(56)}-engine`);
    const daemonSet = engineName(context({}, "r".repeat(80)));
    expect(daemonSet.length).toBe(63);
    const statefulSet = engineName(context({ engine: { kind: "StatefulSet" } }, "r".repeat(80)));
    expect(statefulSet.length).toBe(52);
    expect(statefulSet.endsWith("-engine")).toBe(true);
  });

  it("cuts a name override longer than 63 characters, as both upstreams do", () => {
    expect(fullname(context({ fullnameOverride: `${"a".repeat(62)}-bcd` }))).toBe("a".repeat(62));
    expect(fullname(context({ nameOverride: "n".repeat(70) }, "ci"))).toBe(`ci-${"n".repeat(60)}`);
  });

  it("builds the image from the legacy repository and tag of dagger's chart before 0.13; ref wins", () => {
    const image = (values: object) => engineVersion(context({ engine: { image: values } }));
    expect(image({ repository: "registry.dagger.io/engine", tag: "v0.9.7" })).toBe("v0.9.7");
    expect(image({ tag: "v0.11.0" })).toBe("v0.11.0");
    expect(image({ repository: "mirror.local/engine" })).toBe(`v${CHART.appVersion}`);
    expect(image({ ref: "r/e:v0.19.0", tag: "v0.9.7" })).toBe("v0.19.0");
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
