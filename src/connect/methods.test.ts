// Every way in and every snippet against the rendered manifests: the RBAC and pod fragments are
// valid Kubernetes objects, the socket is where the engine listens and the host path mounts it,
// the Service's name and port are the rendered Service's.
import fc from "fast-check";
import { Pod } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { arbitraryRelease, arbitraryValues } from "../../test/arbitrary-values";
import { validateKubernetesObject } from "../../test/kubernetes-schema";
import { engineHas, engineVersionOf } from "../engine/versions";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { isKind, type ChartObject, type DaemonSet, type StatefulSet } from "../render/chart-objects";
import type { KubeObject } from "../render/context";
import { renderManifests } from "../render/index";
import { validateValues } from "../render/validate";
import { parseAllYaml11, parseYaml11 } from "../yaml/yaml11";
import { connectionMethods, type ConnectInfo, type ConnectMethod } from "./methods";


const client = { name: "gitlab-runner", namespace: "runners" };

function connect(values: unknown, release = { releaseName: "ci", namespace: "builds" }) {
  const checked = validateValues(values, release.releaseName);
  expect(checked.problems).toEqual([]);
  const objects = renderManifests(values, release).map((manifest) => manifest.object);
  return { info: connectionMethods(checked.values, release, { client }), objects };
}

function method(info: ConnectInfo, id: ConnectMethod["id"]): ConnectMethod {
  const found = info.methods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} method: ${JSON.stringify(info.unavailable)}`);
  return found;
}

function snippet(way: ConnectMethod, id: string): string {
  const found = way.snippets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no snippet ${id} in ${way.id}`);
  return found.text;
}

function workload(objects: readonly ChartObject[]): DaemonSet | StatefulSet {
  const found = objects.find((object) => isKind(object, "DaemonSet") || isKind(object, "StatefulSet"));
  if (!found) throw new Error("no engine workload rendered");
  return found;
}

function engineContainer(podSpec: IPodSpec | undefined): IContainer {
  const found = podSpec?.containers.find((container) => container.name === "dagger-engine");
  if (!found) throw new Error("no dagger-engine container rendered");
  return found;
}

function validatePod(spec: unknown): void {
  new Pod({ apiVersion: "v1", kind: "Pod", metadata: { name: "job" }, spec } as never).validate();
}

/** Every invariant between the ways in and the manifests of one values file. */
function checkAgainstManifests(info: ConnectInfo, objects: readonly ChartObject[], namespace: string): void {
  const { metadata, spec } = workload(objects);
  const name = metadata?.name;
  const template = spec?.template;
  const engine = engineContainer(template?.spec);
  for (const [key, value] of Object.entries(info.endpoints.podLabels)) expect(template?.metadata?.labels?.[key]).toBe(value);

  if (info.endpoints.replicas === 0) return expect(info.methods).toEqual([]);
  const kubePod = method(info, "kube-pod");
  const pod = info.endpoints.kind === "StatefulSet" ? `${name}-0` : "$POD";
  expect(kubePod.runnerHost).toBe(`kube-pod://${pod}?namespace=${namespace}&container=${engine.name}`);
  const rbac = parseAllYaml11(snippet(kubePod, "kube-pod-rbac")).map((document) => document.toJS() as KubeObject);
  expect(rbac.map((object) => object.kind)).toEqual(["Role", "RoleBinding"]);
  for (const object of rbac) validateKubernetesObject(object);
  expect((rbac[1] as { subjects: unknown[] }).subjects).toEqual([{ kind: "ServiceAccount", ...client }]);

  const socket = info.endpoints.socket;
  if (socket) {
    const mount = engine.volumeMounts?.find((candidate) => candidate.name === "run");
    const volume = template?.spec?.volumes?.find((candidate) => candidate.name === "run");
    expect(mount?.mountPath).toBe(socket.containerDir);
    expect(volume?.hostPath?.path).toBe(socket.hostDir);
    // The engine listens there: its default socket, or the chart's --addr.
    const defaultSocket = socket.url === "unix:///run/dagger/engine.sock" && engineHas("daggerSocket", engineVersionOf(info.endpoints.image)) !== false;
    const listens = defaultSocket || (engine.args ?? []).some((arg, i, args) => arg === socket.url && args[i - 1] === "--addr");
    expect(listens, `${socket.url} not among ${JSON.stringify(engine.args)}`).toBe(true);
    const unix = method(info, "unix");
    const arc = parseYaml11(snippet(unix, "unix-arc")) as { template: { spec: IPodSpec } };
    validatePod(arc.template.spec);
    expect(arc.template.spec.volumes?.[0]?.hostPath?.path).toBe(socket.hostDir);
    expect(arc.template.spec.containers[0]?.volumeMounts?.[0]?.mountPath).toBe(socket.containerDir);
    const toml = snippet(unix, "unix-gitlab");
    expect(toml).toContain(`host_path = ${JSON.stringify(socket.hostDir)}`);
    expect(toml).toContain(`mount_path = ${JSON.stringify(socket.containerDir)}`);
  }

  const tcp = info.endpoints.tcp;
  if (tcp) {
    const service = objects.filter((object) => isKind(object, "Service")).find((object) => object.metadata?.name === tcp.service);
    expect(service?.spec?.ports?.map((port) => port.port)).toContain(tcp.port);
    expect(method(info, "tcp").runnerHost).toBe(`tcp://${tcp.service}.${namespace}.svc.cluster.local:${tcp.port}`);
  }
}

describe("connection methods", () => {
  it("DaemonSet: kube-pod on the job's own node, the socket through the host path", () => {
    const { info, objects } = connect({});
    checkAgainstManifests(info, objects, "builds");
    expect(info.methods.map((way) => way.id)).toEqual(["kube-pod", "unix"]);
    expect(info.cli.version).toBe("0.21.8");
    expect(info.endpoints.socket).toEqual({ containerDir: "/run/dagger", hostDir: "/run/dagger-ci-dagger-helm", url: "unix:///run/dagger/engine.sock" });
    const kubePod = method(info, "kube-pod");
    expect(snippet(kubePod, "kube-pod-job")).toContain("--field-selector spec.nodeName=$NODE_NAME");
    expect(snippet(kubePod, "kube-pod-job")).toContain("DAGGER_VERSION=0.21.8");
    const env = parseYaml11(snippet(kubePod, "kube-pod-node-name")) as { env: unknown[] };
    validatePod({ containers: [{ name: "job", image: "alpine", env: env.env }] });
    expect(info.unavailable.map((reason) => reason.id)).toEqual(["tcp"]);
  });

  it("StatefulSet with a port: exec only into its pods, TCP with its warnings", () => {
    const { info, objects } = connect({ engine: { kind: "StatefulSet", port: 1234, statefulSet: { replicas: 2, persistentVolumeClaim: { enabled: true } } }, volumeMountsPostfix: "a" });
    checkAgainstManifests(info, objects, "builds");
    const role = parseAllYaml11(snippet(method(info, "kube-pod"), "kube-pod-rbac"))[0]?.toJS() as { rules: { resourceNames?: string[] }[] };
    expect(role.rules[1]?.resourceNames).toEqual(["ci-dagger-helm-engine-0", "ci-dagger-helm-engine-1"]);
    expect(info.endpoints.socket?.url).toBe("unix:///run/dagger-a/engine.sock");
    const tcp = method(info, "tcp");
    expect(tcp.warnings.join(" ")).toMatch(/neither encrypted nor authenticated.*NetworkPolicy.*sessionAffinity/);
  });

  it("the NetworkPolicy's client labels, and no affinity warning with ClientIP", () => {
    const { info } = connect({ engine: { port: 1234 }, networkPolicy: { enabled: true }, service: { sessionAffinity: "ClientIP" } });
    const tcp = method(info, "tcp");
    expect(parseYaml11(snippet(tcp, "tcp-client-labels"))).toEqual({ metadata: { labels: { "dagger-helm/client": "true" } } });
    expect(tcp.warnings).toHaveLength(1);
  });

  it("says why a way in is missing", () => {
    const old = connect({ engine: { image: { ref: "registry.dagger.io/engine:v0.16.3" } } }).info;
    expect(old.unavailable.find((reason) => reason.id === "unix")?.reason).toContain("before v0.17.0");
    expect(connect({ engine: { image: { ref: "registry.dagger.io/engine:v0.17.0" } } }).info.endpoints.socket).toBeDefined();
    const postfix = connect({ volumeMountsPostfix: "a" }).info;
    expect(postfix.unavailable.find((reason) => reason.id === "unix")?.reason).toContain("set engine.port");
    const none = connect({ engine: { kind: "StatefulSet", statefulSet: { replicas: 0 } } }).info;
    expect(none.methods).toEqual([]);
    const badAccount = connectionMethods(validateValues({}).values, { releaseName: "ci", namespace: "b" }, { client: { name: "Bad_Name" } });
    expect(method(badAccount, "kube-pod").warnings[0]).toContain('"Bad_Name" is not valid');
  });

  it("holds for random values files", () => {
    const draws = fc.sample(fc.record({ values: arbitraryValues, release: arbitraryRelease }), { numRuns: 300, seed: 10 });
    let checked = 0;
    for (const { values, release } of draws) {
      if (validateValues(values, release.releaseName).problems.length) continue;
      const { info, objects } = connect(values, release);
      checkAgainstManifests(info, objects, release.namespace);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
