// How the controllers roll, read from the next workload's update strategy (the chart renders
// none, so the server's defaults hold; a deployed manifest may carry its own).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../render/context";
import { rolloutText } from "./rollout";

function workload(kind: string, spec: Record<string, unknown> = {}, grace?: number): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind,
    metadata: { name: "e" },
    spec: {
      selector: { matchLabels: { name: "e" } },
      template: { spec: { ...(grace === undefined ? {} : { terminationGracePeriodSeconds: grace }), containers: [{ name: "dagger-engine" }] } },
      ...spec,
    },
  };
}

describe("rolloutText", () => {
  it("uses the API's defaults: one node at a time, 30 s of grace (pkg/apis/apps/v1/defaults.go, core/v1)", () => {
    expect(rolloutText(workload("DaemonSet"), workload("DaemonSet"), "ns")).toContain("one node at a time: on each node the old engine gets up to 30 s");
  });

  it("follows maxUnavailable and warns of maxSurge, which starts the new engine beside the old one", () => {
    const wide = workload("DaemonSet", { updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: 1 } } });
    const text = rolloutText(workload("DaemonSet", {}, 120), wide, "ns");
    expect(text).toContain("25% of the nodes at a time (maxUnavailable)");
    expect(text).toContain("the new engine starts before the old one stops (maxSurge 1), both on the node's data directory for up to 2 min");
  });

  it("says how to move pods by hand under OnDelete", () => {
    const text = rolloutText(workload("DaemonSet"), workload("DaemonSet", { updateStrategy: { type: "OnDelete" } }), "build");
    expect(text).toBe("The DaemonSet updates pods only when they are deleted (updateStrategy OnDelete): delete each one to move it (kubectl delete pod --namespace build -l name=e).");
  });

  it("leaves the pods below a StatefulSet's partition alone", () => {
    const next = workload("StatefulSet", { replicas: 4, updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 2 } } });
    const text = rolloutText(workload("StatefulSet", {}, 300), next, "ns");
    expect(text).toContain("its 2 engines one at a time, from e-3 down to e-2");
    expect(text).toContain("up to 10 min of stops in all. Pods below ordinal 2 keep the old template (partition).");
  });
});
