// Bad values files: the core and Helm (3 and 4) both refuse each one and name the key, and for
// the chart's cross-field rules they say exactly the same thing.
import { describe, expect, it } from "vitest";
import { helmTemplate, HELM_MAJORS } from "../../test/helm";
import { validateValues } from "../index";

interface BadValues {
  what: string;
  values: Record<string, unknown>;
  /** The path the core must report. */
  path: string;
  /** A cross-field rule of _validate.tpl, whose message Helm must print verbatim. */
  crossField?: boolean;
  /** The key both must tell the user to use instead. */
  useInstead?: string;
}

const engine = (values: Record<string, unknown>) => ({ engine: values });

const TABLE: BadValues[] = [
  // Label keys and values as the API server accepts them (found as gaps, now refused up front).
  { what: "a label value Kubernetes refuses", values: { labels: { team: "~" } }, path: "labels.team" },
  { what: "a label value over 63 characters", values: engine({ labels: { team: "x".repeat(64) } }), path: "engine.labels.team" },
  { what: "a label key with a space", values: { engine: { port: 1234 }, service: { labels: { "my team": "a" } } }, path: "service.labels.my team" },
  { what: "a node selector value Kubernetes refuses", values: { nodeSelector: { pool: "gpu nodes" } }, path: "nodeSelector.pool" },
  {
    what: "a probe alias with exec and tcpSocket",
    values: engine({ readinessProbeSettings: { exec: { command: ["true"] }, tcpSocket: { port: 8080 } } }),
    path: "engine.readinessProbeSettings",
    crossField: true,
  },
  {
    what: "the headless Service named like the engine's Service",
    values: { fullnameOverride: "dagger-engine-service", engine: { port: 1234 } },
    path: "additionalResources.service.name",
    crossField: true,
  },
  { what: "a misspelt enum", values: engine({ kind: "Deamonset" }), path: "engine.kind" },
  { what: "an unknown key", values: engine({ kinds: "DaemonSet" }), path: "engine.kinds" },
  { what: "a number as a string", values: engine({ port: "80" }), path: "engine.port" },
  { what: "a port out of range", values: engine({ port: 70000 }), path: "engine.port" },
  { what: "null for a required key", values: engine({ kind: null }), path: "engine.kind" },
  { what: "a label with a number value", values: { labels: { team: 5 } }, path: "labels.team" },
  { what: "a name that is no DNS label", values: { nameOverride: "Bad_Name" }, path: "nameOverride" },
  { what: "a fullname that starts with '-'", values: { fullnameOverride: "-engine" }, path: "fullnameOverride" },
  { what: "an unknown security context key", values: engine({ containerSecurityContext: { privilegd: true } }), path: "engine.containerSecurityContext.privilegd" },
  { what: "a wrong pull policy", values: engine({ image: { pullPolicy: "Sometimes" } }), path: "engine.image.pullPolicy" },
  { what: "a retention policy outside the enum", values: engine({ statefulSet: { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Keep" } } }), path: "engine.statefulSet.persistentVolumeClaimRetentionPolicy.whenDeleted" },
  { what: "a volume size that is no quantity", values: engine({ statefulSet: { persistentVolumeClaim: { resources: { requests: { storage: "lots" } } } } }), path: "engine.statefulSet.persistentVolumeClaim.resources.requests.storage" },
  { what: "a container port name too long", values: engine({ containerPorts: [{ name: "a-very-long-port-name", containerPort: 80 }] }), path: "engine.containerPorts[0].name" },
  {
    what: "magicache enabled without token or secret",
    values: { magicache: { enabled: true } },
    path: "magicache.enabled",
    crossField: true,
  },
  {
    what: "several engines sharing a host path",
    values: engine({ kind: "StatefulSet", statefulSet: { replicas: 3, persistentVolumeClaim: { enabled: false } } }),
    path: "engine.statefulSet.replicas",
    crossField: true,
  },
  { what: "a host port without a port", values: engine({ hostPort: 8080 }), path: "engine.hostPort", crossField: true },
  {
    what: "a host port beside containerPorts",
    values: engine({ port: 1234, hostPort: 1234, containerPorts: [{ name: "dagger", containerPort: 1234 }] }),
    path: "engine.hostPort",
    crossField: true,
  },
  {
    what: "a role binding without its role",
    values: { additionalResources: { roleBinding: { create: true } } },
    path: "additionalResources.roleBinding.create",
    crossField: true,
  },
  {
    what: "a probe with two handlers",
    values: engine({ readinessProbe: { httpGet: { port: 8080 }, tcpSocket: { port: 8080 } } }),
    path: "engine.readinessProbe",
    crossField: true,
  },
  {
    what: "a probe alias with two handlers",
    values: engine({ livenessProbeSettings: { grpc: { port: 8080 }, tcpSocket: { port: 8080 } } }),
    path: "engine.livenessProbeSettings",
    crossField: true,
  },
  { what: "a volume named data", values: engine({ volumes: [{ name: "data", emptyDir: {} }] }), path: "engine.volumes[0].name", crossField: true },
  {
    what: "two volumes of one name",
    values: engine({ volumes: [{ name: "cache", emptyDir: {} }, { name: "cache", emptyDir: {} }] }),
    path: "engine.volumes[1].name",
    crossField: true,
  },
  {
    what: "a mount of a missing volume",
    values: engine({ volumeMounts: [{ name: "certs", mountPath: "/certs" }] }),
    path: "engine.volumeMounts[0].name",
    crossField: true,
  },
  {
    what: "a mount over the engine's data",
    values: engine({ volumes: [{ name: "cache", emptyDir: {} }], volumeMounts: [{ name: "cache", mountPath: "/var/lib/dagger" }] }),
    path: "engine.volumeMounts[0].mountPath",
    crossField: true,
  },
  {
    what: "a sidecar mount of a missing volume",
    values: engine({ sidecars: [{ name: "proxy", image: "alpine", volumeMounts: [{ name: "run-typo", mountPath: "/run/dagger" }] }] }),
    path: "engine.sidecars[0].volumeMounts[0].name",
    crossField: true,
  },
  { what: "a sidecar named like the engine", values: engine({ sidecars: [{ name: "dagger-engine", image: "alpine" }] }), path: "engine.sidecars[0].name", crossField: true },
  {
    what: "duplicate container ports",
    values: engine({ containerPorts: [{ name: "dagger", containerPort: 1234 }, { name: "debug", containerPort: 1234 }] }),
    path: "engine.containerPorts[1].containerPort",
    crossField: true,
  },
  {
    what: "duplicate container port names",
    values: engine({ containerPorts: [{ name: "dagger", containerPort: 1234 }, { name: "dagger", containerPort: 6060 }] }),
    path: "engine.containerPorts[1].name",
    crossField: true,
  },
  // Keys that no version of dagger's chart or the fork had: refused with the key to use instead.
  { what: "a top-level image tag", values: { image: { tag: "v0.21.8" } }, path: "image", crossField: true, useInstead: "engine.image.ref" },
  { what: "engine.image.args", values: engine({ image: { args: ["--debug"] } }), path: "engine.image.args", crossField: true, useInstead: "engine.args" },
  {
    what: "a top-level persistentVolumeClaim",
    values: { persistentVolumeClaim: { enabled: true } },
    path: "persistentVolumeClaim",
    crossField: true,
    useInstead: "engine.statefulSet.persistentVolumeClaim",
  },
  { what: "a top-level privileged", values: { privileged: true }, path: "privileged", crossField: true, useInstead: "engine.containerSecurityContext.privileged" },
  { what: "envFromSecretName", values: { envFromSecretName: "dagger-cache" }, path: "envFromSecretName", crossField: true, useInstead: "engine.envFrom" },
  { what: "engine.envFromSecretName", values: engine({ envFromSecretName: "dagger-cache" }), path: "engine.envFromSecretName", crossField: true, useInstead: "engine.envFrom" },
  // Helm 4 applies server-side, where two env vars of one name fail the apply.
  {
    what: "two env vars of one name",
    values: engine({ env: [{ name: "A", value: "1" }, { name: "A", value: "2" }] }),
    path: "engine.env[1].name",
    crossField: true,
  },
  {
    what: "an env var that magicache sets too",
    values: { engine: { env: [{ name: "_EXPERIMENTAL_DAGGER_CACHESERVICE_URL", value: "x" }] }, magicache: { enabled: true, secretName: "s" } },
    path: "engine.env[0].name",
    crossField: true,
  },
  { what: "a volume named run while the chart's run volume is on", values: engine({ volumes: [{ name: "run", emptyDir: {} }] }), path: "engine.volumes[0].name", crossField: true },
  // The API server refuses a container whose limit is below its request.
  {
    what: "a memory limit below its request",
    values: engine({ resources: { requests: { memory: "1Gi" }, limits: { memory: "512Mi" } } }),
    path: "engine.resources.limits.memory",
    crossField: true,
  },
  { what: "a postfix that is no path segment", values: { volumeMountsPostfix: "a/b" }, path: "volumeMountsPostfix" },
];

/** The last key of a path, which every Helm message about it contains: kind for engine.kind. */
function lastKey(path: string): string {
  return path.replace(/\[\d+\]/g, "").split(".").pop() as string;
}

const release = { releaseName: "bad", namespace: "dagger" };

describe.each(TABLE)("$what ($path)", ({ values, path, crossField, useInstead }) => {
  const { problems } = validateValues(values, release.releaseName);
  const problem = problems.find((candidate) => candidate.path === path);

  it("the core reports it at the key, in a message that names the key", () => {
    expect(problems.map((candidate) => candidate.path)).toContain(path);
    expect(problem?.message.startsWith(path)).toBe(true);
    if (useInstead) expect(problem?.message).toContain(`use ${useInstead} instead`);
  });

  it.each(HELM_MAJORS)("Helm %i refuses it and names the key", async (major) => {
    const result = await helmTemplate(major, values, release);
    expect(result.ok).toBe(false);
    expect(result.stderr).toContain(lastKey(path));
    if (crossField) expect(result.stderr).toContain(problem?.message);
  });
});
