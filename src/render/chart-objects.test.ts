import { describe, expect, it } from "vitest";
import { isKind, type ChartObject, type ConfigMap, type DaemonSet, type Service } from "./chart-objects";
import type { RenderContext } from "./context";
import { renderManifests } from "./index";

type Renderer = (ctx: RenderContext) => ChartObject | undefined;

/**
 * Compile-time checks, run by `npm run typecheck` (never called): each line under a
 * @ts-expect-error must not compile, else tsc fails on the unused directive. A misspelled field
 * name is what kubernetes-schema.test.ts cannot see, as the models' schemas (like the API server,
 * which drops them) let unknown keys through.
 */
export function mustNotCompile(): unknown[] {
  const service: Service = {
    apiVersion: "v1",
    kind: "Service",
    // @ts-expect-error metdata is not a field of a Service
    metdata: { name: "engine" },
  };
  const daemonSet: DaemonSet = {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    spec: {
      selector: {},
      template: {
        spec: {
          // @ts-expect-error serviceAcountName is not a field of a pod spec
          serviceAcountName: "engine",
          containers: [{ name: "dagger-engine" }],
        },
      },
    },
  };
  // @ts-expect-error a ConfigMap's data maps to strings
  const configMap: ConfigMap = { apiVersion: "v1", kind: "ConfigMap", data: { "engine.toml": 1 } };
  // @ts-expect-error a Pod is not a kind this chart renders
  const pod: ChartObject = { apiVersion: "v1", kind: "Pod" };
  // @ts-expect-error plain data is not a typed object: a renderer must return one of the chart's kinds
  const plain: Renderer = (): Record<string, unknown> => ({ apiVersion: "v1", kind: "Service" });
  return [service, daemonSet, configMap, pod, plain];
}

describe("isKind", () => {
  const objects = renderManifests({ engine: { kind: "StatefulSet", port: 1234 } }, { releaseName: "ci", namespace: "build" }).map((manifest) => manifest.object);

  it("narrows a rendered object to its kind", () => {
    const services = objects.filter((object) => isKind(object, "Service"));
    expect(services.map((service) => service.spec?.ports?.map((port) => port.name))).toEqual([["engine"], ["dagger"]]);
    const statefulSet = objects.find((object) => isKind(object, "StatefulSet"));
    expect(statefulSet?.spec?.replicas).toBe(1);
  });

  it("is false for the other kinds", () => {
    expect(objects.filter((object) => isKind(object, "DaemonSet"))).toEqual([]);
    expect(objects.every((object) => isKind(object, object.kind))).toBe(true);
  });
});
