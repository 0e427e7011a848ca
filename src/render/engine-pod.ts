// Twin of dagger-helm.podTemplate and dagger-helm.volumes in chart/dagger-helm/templates/_pod.tpl.
//
// The values the template passes through (resources, tolerations, affinity, security contexts,
// probes, env, volumes, sidecars) go into Kubernetes' types without a conversion: the compiler
// checks the strict value schemas against those types, and the open ones (affinity, volumes,
// sidecars, an env var's valueFrom) have every Kubernetes field optional, so their contents are
// left to values.schema.json and kubernetes-schema.test.ts, as they were before.
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { goJson } from "./go-json";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IContainerPort } from "kubernetes-models/v1/ContainerPort";
import type { IEnvFromSource } from "kubernetes-models/v1/EnvFromSource";
import type { IEnvVar } from "kubernetes-models/v1/EnvVar";
import type { IKeyToPath } from "kubernetes-models/v1/KeyToPath";
import type { ILifecycle } from "kubernetes-models/v1/Lifecycle";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IPodTemplateSpec } from "kubernetes-models/v1/PodTemplateSpec";
import type { IVolume } from "kubernetes-models/v1/Volume";
import type { IVolumeMount } from "kubernetes-models/v1/VolumeMount";
import type { ObjectMeta } from "./chart-objects";
import { mapOf, orDefault, truthy, type RenderContext } from "./context";
import { podLabels } from "./labels";
import {
  dataFromClaim,
  dataMountPath,
  engineImage,
  fullname,
  hostDir,
  runMountPath,
  serviceAccountName,
} from "./names";
import { effectiveProbe } from "./probe";
import { MAGICACHE_URL_VARIABLE } from "./validate-rules";

/**
 * Digests of the texts hashed lately. The wizard renders on every keystroke, and the config and
 * the token rarely change between two, while hashing them was a twentieth of a render.
 */
const digests = new Map<string, string>();

/** Sprig's `toJson | sha256sum`, the checksum annotations' recipe. */
function checksum(parts: unknown[]): string {
  const json = goJson(parts);
  let digest = digests.get(json);
  if (digest === undefined) {
    digest = bytesToHex(sha256(utf8ToBytes(json)));
    if (digests.size >= 16) digests.clear();
    digests.set(json, digest);
  }
  return digest;
}

/** dagger-helm.mergeTopLevel: the parent-chart style map under the engine's, engine keys winning. */
function mergeTopLevel<V>(top: Record<string, V> | undefined, engine: Record<string, V> | undefined): Record<string, V> | undefined {
  const merged = { ...top, ...engine };
  return truthy(merged) ? merged : undefined;
}

function podAnnotations(ctx: RenderContext): Record<string, string> {
  const { engine, magicache } = ctx.values;
  const annotations: Record<string, string> = {};
  if (engine.config || engine.configJson) {
    annotations["checksum/config"] = checksum([engine.config, engine.configJson]);
  }
  if (magicache.enabled) annotations["checksum/secret"] = checksum([magicache.token, magicache.secretName]);
  return { ...annotations, ...mapOf(engine.annotations) };
}

function engineArgs(ctx: RenderContext): string[] | undefined {
  const engine = ctx.values.engine;
  if (!engine.port && !truthy(engine.args)) return undefined;
  const args: string[] = [];
  if (engine.port) {
    args.push("--addr", `tcp://0.0.0.0:${engine.port}`, "--addr", `unix://${runMountPath(ctx)}/engine.sock`);
  }
  if (truthy(engine.args)) args.push(...(engine.args ?? []));
  return args;
}

function engineEnv(ctx: RenderContext): IEnvVar[] | undefined {
  const { engine, magicache } = ctx.values;
  if (!truthy(engine.env) && !magicache.enabled) return undefined;
  const env: IEnvVar[] = [...(engine.env ?? [])];
  if (magicache.enabled) env.push({ name: MAGICACHE_URL_VARIABLE, value: magicache.url });
  return env;
}

function enginePorts(ctx: RenderContext): IContainerPort[] | undefined {
  const engine = ctx.values.engine;
  if (truthy(engine.containerPorts)) {
    return (engine.containerPorts ?? []).map((port) => ({
      name: port.name,
      containerPort: port.containerPort,
      protocol: orDefault(port.protocol, "TCP"),
      ...(port.hostPort ? { hostPort: port.hostPort } : {}),
    }));
  }
  if (!engine.port) return undefined;
  return [{ name: "dagger", containerPort: engine.port, protocol: "TCP", ...(engine.hostPort ? { hostPort: engine.hostPort } : {}) }];
}

function engineVolumeMounts(ctx: RenderContext): IVolumeMount[] {
  const engine = ctx.values.engine;
  const mounts: IVolumeMount[] = [{ name: "data", mountPath: dataMountPath(ctx) }];
  if (engine.hostPath.runVolume.enabled) mounts.push({ name: "run", mountPath: runMountPath(ctx) });
  if (engine.config) mounts.push({ name: "engine-config", mountPath: "/etc/dagger/engine.toml", subPath: "engine.toml" });
  if (engine.configJson) mounts.push({ name: "engine-config", mountPath: "/etc/dagger/engine.json", subPath: "engine.json" });
  if (truthy(engine.volumeMounts)) mounts.push(...(engine.volumeMounts ?? []));
  return mounts;
}

/** dagger-helm.volumes */
export function podVolumes(ctx: RenderContext): IVolume[] {
  const engine = ctx.values.engine;
  const volumes: IVolume[] = [];
  if (engine.hostPath.dataVolume.enabled && !dataFromClaim(ctx)) {
    volumes.push({ name: "data", hostPath: { path: hostDir(ctx, engine.hostPath.dataVolume.path, "/var/lib/dagger"), type: "DirectoryOrCreate" } });
  } else if (!dataFromClaim(ctx) && !hasUserVolume(ctx, "data")) {
    volumes.push({ name: "data", emptyDir: {} });
  }
  if (engine.hostPath.runVolume.enabled) {
    volumes.push({ name: "run", hostPath: { path: hostDir(ctx, engine.hostPath.runVolume.path, "/run/dagger"), type: "DirectoryOrCreate" } });
  }
  if (engine.config || engine.configJson) {
    const items: IKeyToPath[] = [];
    if (engine.config) items.push({ key: "engine.toml", path: "engine.toml" });
    if (engine.configJson) items.push({ key: "engine.json", path: "engine.json" });
    volumes.push({ name: "engine-config", configMap: { name: `${fullname(ctx)}-engine-config`, items } });
  }
  if (truthy(engine.volumes)) volumes.push(...(engine.volumes ?? []));
  return volumes;
}

/** Whether engine.volumes has a volume of that name (allowed for the chart's own when it is off). */
export function hasUserVolume(ctx: RenderContext, name: string): boolean {
  return (ctx.values.engine.volumes ?? []).some((volume) => volume.name === name);
}

/** The lifecycle hooks that are set: a hook left empty (null) renders nothing. */
function engineLifecycle(ctx: RenderContext): ILifecycle | undefined {
  const lifecycle = ctx.values.engine.lifecycle ?? {};
  const hooks: ILifecycle = {};
  // In the order the values write them, as the template's toYaml keeps it.
  for (const hook of Object.keys(lifecycle) as (keyof typeof lifecycle)[]) {
    const handler = lifecycle[hook];
    if (handler && truthy(handler)) hooks[hook] = handler;
  }
  return truthy(hooks) ? hooks : undefined;
}

/** Sets key to value when the value is defined: the `{{- with }}` blocks of the templates. */
function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function withValue<T>(value: T | undefined | null): T | undefined {
  return truthy(value) ? (value as T) : undefined;
}

function engineContainer(ctx: RenderContext): IContainer {
  const { engine, magicache } = ctx.values;
  const container: IContainer = { name: "dagger-engine", image: engineImage(ctx), imagePullPolicy: engine.image.pullPolicy };
  put(container, "args", engineArgs(ctx));
  put(container, "env", engineEnv(ctx));
  const envFrom: IEnvFromSource[] = [...(engine.envFrom ?? [])];
  if (magicache.enabled) envFrom.push({ secretRef: { name: orDefault(magicache.secretName, `${fullname(ctx)}-magicache-token`) } });
  put(container, "envFrom", withValue(envFrom));
  put(container, "ports", enginePorts(ctx));
  put(container, "securityContext", withValue(engine.containerSecurityContext));
  put(container, "resources", withValue(engine.resources));
  put(container, "readinessProbe", effectiveProbe(engine.readinessProbe, engine.readinessProbeSettings, engine.readinessProbeCommand));
  put(container, "livenessProbe", effectiveProbe(engine.livenessProbe, engine.livenessProbeSettings));
  put(container, "lifecycle", engineLifecycle(ctx));
  container.volumeMounts = engineVolumeMounts(ctx);
  return container;
}

/** The pod spec's keys that the template writes before its containers. */
function podSpecHead(ctx: RenderContext): Omit<IPodSpec, "containers"> {
  const { engine } = ctx.values;
  const spec: Omit<IPodSpec, "containers"> = { serviceAccountName: serviceAccountName(ctx) };
  put(spec, "securityContext", withValue(engine.securityContext));
  put(spec, "nodeSelector", mergeTopLevel(ctx.values.nodeSelector, engine.nodeSelector));
  put(spec, "affinity", mergeTopLevel(ctx.values.affinity, engine.affinity));
  put(spec, "tolerations", withValue(engine.tolerations));
  put(spec, "priorityClassName", withValue(engine.priorityClassName));
  put(spec, "runtimeClassName", withValue(engine.runtimeClassName));
  if (engine.shareProcessNamespace) spec.shareProcessNamespace = true;
  put(spec, "imagePullSecrets", withValue(engine.imagePullSecrets));
  spec.terminationGracePeriodSeconds = Math.trunc(engine.terminationGracePeriodSeconds);
  return spec;
}

/** dagger-helm.podTemplate: the pod template of the DaemonSet or the StatefulSet. */
export function podTemplate(ctx: RenderContext): IPodTemplateSpec {
  const { engine } = ctx.values;
  const metadata: ObjectMeta = {};
  put(metadata, "annotations", withValue(podAnnotations(ctx)));
  metadata.labels = podLabels(ctx);

  const sidecars = truthy(engine.sidecars) ? (engine.sidecars ?? []) : [];
  const spec: IPodSpec = { ...podSpecHead(ctx), containers: [engineContainer(ctx), ...sidecars] };
  put(spec, "volumes", withValue(podVolumes(ctx)));
  return { metadata, spec };
}
