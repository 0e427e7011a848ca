// The field-to-value table checked against the renderer: changing one value of the chart changes
// pod template fields that all lead back to that value (or to the values it names).
import { describe, expect, it } from "vitest";
import { renderManifests } from "../render/index";
import type { Table } from "../values/tree";
import { templateChanges } from "./rollout";
import { valuesPathFor } from "./values-paths";

function engineWorkload(values: Table) {
  const objects = renderManifests(values, { releaseName: "ci", namespace: "build" }).map((manifest) => manifest.object);
  return objects.find((object) => object.kind === "DaemonSet" || object.kind === "StatefulSet")!;
}

const engine = (values: Table): Table => ({ engine: values });

/** [what, the values after (before: none), the keys the changes must lead to] */
const CASES: [string, Table, string[]][] = [
  ["resources", engine({ resources: { limits: { memory: "8Gi" } } }), ["engine.resources"]],
  ["env", engine({ env: [{ name: "A", value: "1" }] }), ["engine.env"]],
  ["envFrom", engine({ envFrom: [{ secretRef: { name: "s" } }] }), ["engine.envFrom"]],
  ["args", engine({ args: ["--debug"] }), ["engine.args"]],
  ["port", engine({ port: 1234 }), ["engine.port"]],
  ["image by ref", engine({ image: { ref: "registry.dagger.io/engine:v0.20.6" } }), ["engine.image.ref"]],
  ["image by tag", engine({ image: { repository: "registry.dagger.io/engine", tag: "v0.20.6" } }), ["engine.image.tag"]],
  ["pull policy", engine({ image: { pullPolicy: "Always" } }), ["engine.image.pullPolicy"]],
  ["pod annotations", engine({ annotations: { team: "ci" } }), ["engine.annotations"]],
  ["pod labels", engine({ labels: { team: "ci" } }), ["engine.labels"]],
  ["engine.toml", engine({ config: "debug = true" }), ["engine.config"]],
  ["engine.json", engine({ configJson: "{}" }), ["engine.configJson"]],
  ["pod security context", engine({ securityContext: { runAsUser: 1000 } }), ["engine.securityContext"]],
  ["container security context", engine({ containerSecurityContext: { privileged: false } }), ["engine.containerSecurityContext"]],
  ["readiness probe", engine({ readinessProbe: { periodSeconds: 30 } }), ["engine.readinessProbe"]],
  ["liveness probe", engine({ livenessProbe: { periodSeconds: 30 } }), ["engine.livenessProbe"]],
  ["lifecycle", engine({ lifecycle: { preStop: { exec: { command: ["true"] } } } }), ["engine.lifecycle"]],
  ["node selector", engine({ nodeSelector: { pool: "ci" } }), ["engine.nodeSelector"]],
  ["parent-chart node selector", { nodeSelector: { pool: "ci" } }, ["nodeSelector"]],
  ["tolerations", engine({ tolerations: [{ key: "ci", operator: "Exists" }] }), ["engine.tolerations"]],
  ["priority class", engine({ priorityClassName: "high" }), ["engine.priorityClassName"]],
  ["runtime class", engine({ runtimeClassName: "kata" }), ["engine.runtimeClassName"]],
  ["shared process namespace", engine({ shareProcessNamespace: true }), ["engine.shareProcessNamespace"]],
  ["grace period", engine({ terminationGracePeriodSeconds: 60 }), ["engine.terminationGracePeriodSeconds"]],
  ["image pull secrets", engine({ imagePullSecrets: [{ name: "registry" }] }), ["engine.imagePullSecrets"]],
  ["volumes and mounts", engine({ volumes: [{ name: "x", emptyDir: {} }], volumeMounts: [{ name: "x", mountPath: "/x" }] }), ["engine.volumes", "engine.volumeMounts"]],
  ["sidecars", engine({ sidecars: [{ name: "proxy", image: "busybox" }] }), ["engine.sidecars"]],
  ["data host path", engine({ hostPath: { dataVolume: { path: "/mnt/dagger" } } }), ["engine.hostPath.dataVolume.path"]],
  ["run host path", engine({ hostPath: { runVolume: { path: "/mnt/run" } } }), ["engine.hostPath.runVolume.path"]],
  ["service account", engine({ existingServiceAccount: { name: "builder" } }), ["engine.existingServiceAccount.name"]],
  ["new service account", engine({ newServiceAccount: { create: true } }), ["engine.newServiceAccount"]],
  ["magicache", { magicache: { enabled: true, token: "t" } }, ["magicache.enabled", "magicache.token"]],
];

describe("valuesPathFor, against the renderer", () => {
  it.each(CASES)("%s", (_, values, keys) => {
    const changes = templateChanges(engineWorkload({}), engineWorkload(values), values);
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((change) => change.valuesPath))).toEqual(new Set(keys));
  });

  it("names no value for the chart's own labels", () => {
    expect(valuesPathFor("spec.template.metadata.labels.helm.sh/chart", {})).toBeUndefined();
    expect(valuesPathFor("spec.template.spec.volumes[data].hostPath.type", {})).toBeUndefined();
  });

  it("reads the API server's [name=\"x\"] form of list items", () => {
    expect(valuesPathFor('spec.template.spec.containers[name="dagger-engine"].env', {})).toBe("engine.env");
    expect(valuesPathFor('spec.template.spec.containers[name="proxy"].env', {})).toBe("engine.sidecars");
  });
});
