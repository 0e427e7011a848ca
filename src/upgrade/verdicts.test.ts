// Every verdict, from two renders of the chart (the deployed values and the next ones). Where the
// API server is the judge, the rule relied on is named beside the test.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../render/context";
import { renderManifests } from "../render/index";
import type { Table } from "../values/tree";
import { upgradeExitCode } from "./verdict";
import { upgradeVerdicts } from "./verdicts";

const render = (values: Table): KubeObject[] => renderManifests(values, { releaseName: "ci", namespace: "build" }).map((manifest) => manifest.object);
const options = (values: Table) => ({ values, release: "ci", namespace: "build", chart: "./chart/dagger-helm", valuesFiles: ["values.yaml"] });
const check = (before: Table, after: Table) => upgradeVerdicts(render(before), render(after), options(after));
const NAME = "ci-dagger-helm-engine";
const UPGRADE = "helm upgrade ci ./chart/dagger-helm --namespace build -f values.yaml";

const statefulSet = (claim: Table = {}, more: Table = {}): Table => ({
  engine: { kind: "StatefulSet", statefulSet: { replicas: 3, persistentVolumeClaim: { enabled: true, resources: { requests: { storage: "50Gi" } }, ...claim }, ...more } },
});

describe("refused: what ValidateStatefulSetUpdate forbids (pkg/apis/apps/validation/validation.go)", () => {
  it("a bigger volume claim, named by field and value, with the orphan way through", () => {
    const verdicts = check(statefulSet(), statefulSet({ resources: { requests: { storage: "200Gi" } } }));
    expect(verdicts.map((verdict) => verdict.severity)).toEqual(["refused"]);
    const [refused] = verdicts;
    expect(refused).toMatchObject({
      kind: "StatefulSet",
      name: NAME,
      field: "spec.volumeClaimTemplates[0].spec.resources.requests.storage",
      valuesPath: "engine.statefulSet.persistentVolumeClaim.resources.requests.storage",
      before: "50Gi",
      after: "200Gi",
    });
    expect(refused?.wayThrough?.steps.map((step) => step.command)).toEqual([`kubectl delete statefulset ${NAME} --namespace build --cascade=orphan`, UPGRADE]);
    expect(refused?.wayThrough?.notes.join(" ")).toContain(`Existing claims (data-${NAME}-<ordinal>) keep their 50Gi`);
    expect(refused?.wayThrough?.notes.join(" ")).toContain(`kubectl patch pvc data-${NAME}-0 --namespace build -p '{"spec":{"resources":{"requests":{"storage":"200Gi"}}}}'`);
    expect(upgradeExitCode(verdicts)).toBe(2);
  });

  it("the storage class, the service name and the pod management policy, each with its own value", () => {
    const verdicts = check(statefulSet(), statefulSet({ storageClassName: "fast" }, { serviceName: "engines", podManagementPolicy: "Parallel" }));
    expect(verdicts.map((verdict) => [verdict.severity, verdict.field, verdict.valuesPath, verdict.after])).toEqual([
      ["refused", "spec.podManagementPolicy", "engine.statefulSet.podManagementPolicy", "Parallel"],
      ["refused", "spec.serviceName", "engine.statefulSet.serviceName", "engines"],
      ["refused", "spec.volumeClaimTemplates[0].spec.storageClassName", "engine.statefulSet.persistentVolumeClaim.storageClassName", "fast"],
    ]);
  });

  it("keeps the claims first when the retention policy would delete them with the StatefulSet", () => {
    const retention = { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Retain" } };
    const [refused] = check(statefulSet({}, retention), statefulSet({ storageClassName: "fast" }, retention));
    expect(refused?.wayThrough?.steps.map((step) => step.command)).toEqual([
      `kubectl patch statefulset ${NAME} --namespace build --type merge -p '{"spec":{"persistentVolumeClaimRetentionPolicy":{"whenDeleted":"Retain"}}}'`,
      `kubectl delete statefulset ${NAME} --namespace build --cascade=orphan`,
      UPGRADE,
    ]);
  });

  it("the claim going away: refused, and the cache moves to the host", () => {
    // The chart lets one engine only keep its data on a host path.
    const verdicts = check(statefulSet({}, { replicas: 1 }), statefulSet({ enabled: false }, { replicas: 1 }));
    expect(verdicts.map((verdict) => [verdict.severity, verdict.field, verdict.valuesPath])).toEqual([
      ["refused", "spec.volumeClaimTemplates", "engine.statefulSet.persistentVolumeClaim.enabled"],
      ["cache-lost", "spec.volumeClaimTemplates", "engine.statefulSet.persistentVolumeClaim.enabled"],
      ["restart", "spec.template.spec.volumes[data]", "engine.hostPath.dataVolume.path"],
    ]);
    expect(verdicts[0]?.wayThrough?.notes).toEqual([`The claims (data-${NAME}-<ordinal>) stay, unused, until you delete them (kubectl delete pvc data-${NAME}-<ordinal> --namespace build).`]);
    expect(verdicts[1]).toMatchObject({ before: `the volume claims data-${NAME}-<ordinal>`, after: "host path /var/lib/dagger-ci-dagger-helm" });
  });

  it("a selector the running pods do not match: delete with the pods (apps/v1 selectors are immutable)", () => {
    const deployed = render({});
    const workload = deployed.find((object) => object.kind === "DaemonSet") as { spec: { selector: { matchLabels: Table }; template: { metadata: { labels: Table } } } };
    workload.spec.selector.matchLabels = { app: "dagger" };
    workload.spec.template.metadata.labels = { app: "dagger" };
    const verdicts = upgradeVerdicts(deployed, render({}), options({}));
    const refused = verdicts.filter((verdict) => verdict.severity === "refused");
    expect(refused.map((verdict) => [verdict.field, verdict.valuesPath])).toEqual([
      ["spec.selector.matchLabels.app", "fullnameOverride"],
      ["spec.selector.matchLabels.name", "fullnameOverride"],
    ]);
    expect(refused[0]?.wayThrough?.steps.map((step) => step.command)).toEqual([`kubectl delete daemonset ${NAME} --namespace build`, UPGRADE]);
  });
});

it("a selector that still matches the running pods: delete the DaemonSet only, and it adopts them", () => {
  const deployed = render({});
  const workload = deployed.find((object) => object.kind === "DaemonSet") as { spec: { selector: { matchLabels: Table }; template: { metadata: { labels: Table } } } };
  workload.spec.selector.matchLabels.tier = "ci";
  workload.spec.template.metadata.labels.tier = "ci";
  const [refused] = upgradeVerdicts(deployed, render({}), options({}));
  expect(refused).toMatchObject({ severity: "refused", field: "spec.selector.matchLabels.tier", before: "ci", after: undefined });
  expect(refused?.wayThrough?.steps.map((step) => step.command)).toEqual([`kubectl delete daemonset ${NAME} --namespace build --cascade=orphan`, UPGRADE]);
});

describe("replaced and cache lost", () => {
  it("a DaemonSet becoming a StatefulSet on the same host path: delete the DaemonSet first", () => {
    const verdicts = check({}, { engine: { kind: "StatefulSet" } });
    expect(verdicts.map((verdict) => [verdict.severity, verdict.field, verdict.valuesPath])).toEqual([["replaced", "kind", "engine.kind"]]);
    expect(verdicts[0]?.wayThrough?.steps.map((step) => step.command)).toEqual([`kubectl delete daemonset ${NAME} --namespace build --wait`, UPGRADE]);
    expect(verdicts[0]?.wayThrough?.summary).toContain("two engines could share host path /var/lib/dagger-ci-dagger-helm");
    expect(upgradeExitCode(verdicts)).toBe(3);
  });

  it("a StatefulSet with claims becoming a DaemonSet: replaced, and the cache stays in the claims", () => {
    const verdicts = check(statefulSet(), {});
    expect(verdicts.map((verdict) => [verdict.severity, verdict.valuesPath, verdict.before, verdict.after])).toEqual([
      ["replaced", "engine.kind", "StatefulSet", "DaemonSet"],
      ["cache-lost", "engine.kind", `the volume claims data-${NAME}-<ordinal>`, "host path /var/lib/dagger-ci-dagger-helm"],
    ]);
    expect(verdicts[0]?.wayThrough).toBeUndefined();
  });

  it("the data host path moving, by its path or by the postfix", () => {
    const moved = check({}, { engine: { hostPath: { dataVolume: { path: "/mnt/dagger" } } } });
    expect(moved.filter((verdict) => verdict.severity === "cache-lost")).toMatchObject([
      { valuesPath: "engine.hostPath.dataVolume.path", before: "host path /var/lib/dagger-ci-dagger-helm", after: "host path /mnt/dagger" },
    ]);
    // The postfix moves the mount beside /var/lib/dagger, where the engine keeps its state: the
    // cache ends up in the container.
    const postfixed = check({}, { volumeMountsPostfix: "b" });
    expect(postfixed.filter((verdict) => verdict.severity === "cache-lost")).toMatchObject([{ valuesPath: "volumeMountsPostfix", after: "the container's own filesystem" }]);
  });

  it("an emptyDir replacing the host path", () => {
    const verdicts = check({}, { engine: { hostPath: { dataVolume: { enabled: false } } } });
    expect(verdicts.filter((verdict) => verdict.severity === "cache-lost")).toMatchObject([{ valuesPath: "engine.hostPath.dataVolume.enabled", after: "an emptyDir" }]);
    expect(verdicts.find((verdict) => verdict.severity === "restart")?.message).toContain("The cache does not come along");
  });
});

describe("restarts", () => {
  it("a DaemonSet rolls one node at a time, each old engine with its own grace period; the cache stays", () => {
    const verdicts = check({ engine: { terminationGracePeriodSeconds: 600 } }, { engine: { resources: { limits: { memory: "8Gi" } } } });
    expect(verdicts.map((verdict) => verdict.severity)).toEqual(["restart"]);
    const [restart] = verdicts;
    expect(restart?.causes.map((cause) => [cause.valuesPath, cause.field])).toEqual([
      ["engine.terminationGracePeriodSeconds", "spec.template.spec.terminationGracePeriodSeconds"],
      ["engine.resources", "spec.template.spec.containers[dagger-engine].resources.limits.memory"],
    ]);
    expect(restart?.message).toContain(`The DaemonSet ${NAME} replaces them one node at a time: on each node the old engine gets up to 10 min`);
    expect(restart?.message).toContain("on 10 nodes the stops alone can take 100 min");
    expect(restart?.message).toContain("The cache is kept (host path /var/lib/dagger-ci-dagger-helm).");
    expect(upgradeExitCode(verdicts)).toBe(0);
  });

  it("a StatefulSet rolls from the highest ordinal down", () => {
    const [restart] = check(statefulSet(), { ...statefulSet(), engine: { ...(statefulSet().engine as Table), args: ["--debug"] } });
    expect(restart).toMatchObject({ severity: "restart", valuesPath: "engine.args" });
    expect(restart?.message).toContain(`replaces its 3 engines one at a time, from ${NAME}-2 down to ${NAME}-0`);
    expect(restart?.message).toContain("up to 15 min of stops in all");
  });

  it("nothing at all when only the replicas change", () => {
    expect(check(statefulSet(), statefulSet({}, { replicas: 5 }))).toEqual([]);
  });

  it("compares quantities by value, as the API server stores them", () => {
    expect(check({ engine: { resources: { limits: { memory: "1Gi" } } } }, { engine: { resources: { limits: { memory: "1024Mi" } } } })).toEqual([]);
  });
});

describe("the engine version", () => {
  it("names both versions and the oldest CLI the new engine lets in", () => {
    const verdicts = check({ engine: { image: { ref: "registry.dagger.io/engine:v0.18.16" } } }, {});
    const change = verdicts.find((verdict) => verdict.severity === "engine-version");
    expect(change).toMatchObject({ valuesPath: "engine.image.ref", before: "registry.dagger.io/engine:v0.18.16", after: "registry.dagger.io/engine:v0.21.8" });
    expect(change?.message).toBe(
      "The engine changes from v0.18.16 to v0.21.8. Upgrade the dagger CLI of every client that uses this engine to v0.21.8. The v0.21.8 engine refuses CLIs older than v0.19.0.",
    );
  });

  it("going back warns of newer CLIs and modules", () => {
    const [change] = check({}, { engine: { image: { repository: "registry.dagger.io/engine", tag: "v0.18.5" } } }).filter((verdict) => verdict.severity === "engine-version");
    expect(change?.valuesPath).toBe("engine.image.tag");
    expect(change?.message).toContain("This goes back: clients should run dagger v0.18.5.");
    expect(change?.message).toContain("dagger v0.21.8 refuses engines older than v0.19.0, so clients must move back.");
  });

  it("says when a tag names no release", () => {
    const [change] = check({}, { engine: { image: { ref: "registry.dagger.io/engine:latest" } } }).filter((verdict) => verdict.severity === "engine-version");
    expect(change?.message).toContain('to "latest" (registry.dagger.io/engine:latest, a tag that moves)');
  });

  it("is silent when only the registry changes", () => {
    const verdicts = check({}, { engine: { image: { ref: "mirror.example.com/dagger/engine:v0.21.8" } } });
    expect(verdicts.map((verdict) => verdict.severity)).toEqual(["restart"]);
  });
});

describe("lists server-side apply refuses (structured-merge-diff: duplicate entries for key)", () => {
  it("an image pull secret given twice", () => {
    const verdicts = check({}, { engine: { imagePullSecrets: [{ name: "registry" }, { name: "registry" }] } });
    const conflict = verdicts.find((verdict) => verdict.severity === "server-side-apply");
    expect(conflict).toMatchObject({ kind: "DaemonSet", field: "spec.template.spec.imagePullSecrets", valuesPath: "engine.imagePullSecrets", duplicateKey: '[name="registry"]' });
    expect(conflict?.message).toContain('spec.template.spec.imagePullSecrets: duplicate entries for key [name="registry"]');
    expect(upgradeExitCode(verdicts)).toBe(2);
  });

  it("a sidecar's variable given twice", () => {
    const sidecar = { name: "proxy", image: "busybox", env: [{ name: "A", value: "1" }, { name: "A", value: "2" }] };
    const conflict = check({}, { engine: { sidecars: [sidecar] } }).find((verdict) => verdict.severity === "server-side-apply");
    expect(conflict).toMatchObject({ field: 'spec.template.spec.containers[name="proxy"].env', valuesPath: "engine.sidecars", duplicateKey: '[name="A"]' });
  });

  it("a port without protocol is the TCP one (the key field's default)", () => {
    const ports = [{ name: "a", containerPort: 80 }, { name: "b", containerPort: 80, protocol: "TCP" }];
    const conflict = check({}, { engine: { sidecars: [{ name: "proxy", image: "busybox", ports }] } }).find((verdict) => verdict.severity === "server-side-apply");
    expect(conflict?.duplicateKey).toBe('[containerPort=80,protocol="TCP"]');
  });
});

it("finds nothing between a render and itself", () => {
  expect(check(statefulSet(), statefulSet())).toEqual([]);
});
