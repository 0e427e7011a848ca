// The engine pod template an upstream chart renders, from its PodRule (behaviour.ts).
import { truthy, type KubeObject } from "../../render/context";
import type { Table } from "../../values/tree";
import type { PodRule, ProbeRule } from "./behaviour";
import { goText, literalBlock, printed, withValue } from "./printed";

/** What the pod template needs besides the rule: the coalesced values and the names. */
export interface UpstreamScope {
  values: Table;
  engine: Table;
  fullname: string;
  chartLabels: Record<string, unknown>;
  image: string;
  serviceAccountName: string;
}

/** Stands for a `checksum/*` annotation: Helm's sha256 of another template's text, not modelled. */
export const UPSTREAM_CHECKSUM = "<sha256 of the rendered template>";

const URL_VARIABLE = "_EXPERIMENTAL_DAGGER_CACHESERVICE_URL";

function table(value: unknown): Table {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Table) : {};
}

function has(rule: PodRule, field: PodRule["fields"][number]): boolean {
  return rule.fields.includes(field);
}

function probe(rule: ProbeRule, engine: Table): unknown {
  const value = engine[rule.key];
  if (rule.rule === "map") return value ?? null;
  if (rule.rule === "command-list") return { exec: { command: value ?? null } };
  return { exec: { command: [...rule.command] }, ...(truthy(value) ? table(value) : {}) };
}

function path(template: string, scope: UpstreamScope): unknown {
  const postfix = scope.values.volumeMountsPostfix;
  const text = template.replace("{fullname}", scope.fullname).replace("{postfix}", truthy(postfix) ? `-${goText(postfix)}` : "");
  return printed(text);
}

function configWanted(rule: PodRule, engine: Table): { toml: boolean; json: boolean } {
  return { toml: truthy(engine.config), json: rule.configJson && truthy(engine.configJson) };
}

function volumesAndMounts(rule: PodRule, scope: UpstreamScope): { volumes: KubeObject[]; mounts: KubeObject[] } {
  const { engine } = scope;
  const v = rule.volumes;
  const hostPath = table(engine.hostPath);
  const dataOn = !v.hostPathToggles || truthy(table(hostPath.dataVolume).enabled);
  const runOn = !v.hostPathToggles || truthy(table(hostPath.runVolume).enabled);
  const volumes: KubeObject[] = [];
  const mounts: KubeObject[] = [];
  if (dataOn) volumes.push({ name: v.dataName, hostPath: { path: path(v.dataHostPath, scope) } });
  if (dataOn || v.dataMountAlways) mounts.push({ name: v.dataName, mountPath: path(v.dataMountPath, scope) });
  if (runOn) {
    volumes.push({ name: v.runName, hostPath: { path: path(v.runHostPath, scope) } });
    mounts.push({ name: v.runName, mountPath: path(v.runMountPath, scope) });
  }
  const config = configWanted(rule, engine);
  if (config.toml) mounts.push({ name: v.configName, mountPath: "/etc/dagger/engine.toml", subPath: "engine.toml" });
  if (config.json) mounts.push({ name: v.configName, mountPath: "/etc/dagger/engine.json", subPath: "engine.json" });
  if (config.toml || config.json) {
    const items: KubeObject[] = [];
    if (config.toml) items.push({ key: "engine.toml", path: "engine.toml" });
    if (config.json) items.push({ key: "engine.json", path: "engine.json" });
    volumes.push({ name: v.configName, configMap: { name: printed(`${scope.fullname}-engine-config`), items } });
  }
  if (has(rule, "volumes")) {
    if (truthy(engine.volumeMounts)) mounts.push(...(engine.volumeMounts as KubeObject[]));
    if (truthy(engine.volumes)) volumes.push(...(engine.volumes as KubeObject[]));
  }
  return { volumes, mounts };
}

function args(rule: PodRule, engine: Table): unknown[] | undefined {
  if (rule.args === "fixed") return ["--oci-max-parallelism", "num-cpu"];
  const list: unknown[] = [];
  if (rule.args === "port-and-args" && truthy(engine.port)) {
    list.push("--addr", `tcp://0.0.0.0:${goText(engine.port)}`, "--addr", "unix:///run/dagger/engine.sock");
  }
  if (truthy(engine.args)) list.push(...(engine.args as unknown[]));
  return list.length || truthy(engine.args) ? list : undefined;
}

function env(rule: PodRule, scope: UpstreamScope): unknown[] | undefined {
  const magicache = table(scope.values.magicache);
  const list: unknown[] = [];
  if (rule.env === "env-and-magicache" && truthy(scope.engine.env)) list.push(...(scope.engine.env as unknown[]));
  if (truthy(magicache.enabled)) {
    if (!truthy(magicache.url)) throw new Error("A magicache url is required");
    list.push({ name: URL_VARIABLE, value: printed(magicache.url) });
  }
  return list.length ? list : undefined;
}

function envFrom(rule: PodRule, scope: UpstreamScope): unknown[] | undefined {
  const magicache = table(scope.values.magicache);
  if (!truthy(magicache.enabled)) return undefined;
  const name = printed(truthy(magicache.secretName) ? magicache.secretName : `${scope.fullname}-magicache-token`);
  return rule.envFrom === "secretRef" ? [{ secretRef: { name } }] : [{ secretRef: null, name }];
}

function ports(rule: PodRule, engine: Table): unknown[] | undefined {
  if (rule.ports === "container-ports" && truthy(engine.containerPorts)) {
    return (engine.containerPorts as Table[]).map((port) => ({
      name: printed(port.name),
      containerPort: printed(port.containerPort),
      protocol: printed(truthy(port.protocol) ? port.protocol : "TCP"),
      ...(truthy(port.hostPort) ? { hostPort: printed(port.hostPort) } : {}),
    }));
  }
  if (rule.ports === "none" || !truthy(engine.port)) return undefined;
  return [{ name: "dagger", containerPort: printed(engine.port), protocol: "TCP", ...(truthy(engine.hostPort) ? { hostPort: printed(engine.hostPort) } : {}) }];
}

function put(target: KubeObject, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

function container(rule: PodRule, scope: UpstreamScope, mounts: KubeObject[]): KubeObject {
  const { engine } = scope;
  const image = table(engine.image);
  const out: KubeObject = { name: "dagger-engine", image: printed(scope.image), imagePullPolicy: printed(image.pullPolicy) };
  put(out, "args", args(rule, engine));
  put(out, "env", env(rule, scope));
  put(out, "envFrom", envFrom(rule, scope));
  put(out, "ports", ports(rule, engine));
  out.securityContext = { privileged: true, capabilities: { add: ["ALL"] } };
  out.resources = engine.resources ?? null;
  if (has(rule, "lifecycle") && truthy(engine.lifecycle)) {
    const preStop = table(engine.lifecycle).preStop;
    out.lifecycle = truthy(preStop) ? { preStop } : null;
  }
  out.readinessProbe = probe(rule.readiness, engine);
  if (rule.liveness) out.livenessProbe = probe(rule.liveness, engine);
  out.volumeMounts = mounts;
  return out;
}

function annotations(rule: PodRule, scope: UpstreamScope): Table | undefined {
  const { engine } = scope;
  const config = configWanted(rule, engine);
  const out: Table = {};
  if (config.toml || config.json) out["checksum/config"] = UPSTREAM_CHECKSUM;
  if (truthy(table(scope.values.magicache).enabled)) out["checksum/secret"] = UPSTREAM_CHECKSUM;
  if (has(rule, "annotations") && truthy(engine.annotations)) Object.assign(out, engine.annotations);
  return withValue(out);
}

/** The pod template of the engine's DaemonSet or StatefulSet. */
export function upstreamPodTemplate(rule: PodRule, scope: UpstreamScope): KubeObject {
  const { engine } = scope;
  const metadata: KubeObject = {};
  put(metadata, "annotations", annotations(rule, scope));
  const name = printed(`${scope.fullname}-engine`);
  metadata.labels = rule.podLabels === "name" ? { name } : { name, ...scope.chartLabels };
  const { volumes, mounts } = volumesAndMounts(rule, scope);
  const spec: KubeObject = {};
  if (has(rule, "runtimeClassName") && truthy(engine.runtimeClassName)) spec.runtimeClassName = printed(engine.runtimeClassName);
  if (has(rule, "nodeSelector")) put(spec, "nodeSelector", withValue(engine.nodeSelector));
  put(spec, "tolerations", withValue(engine.tolerations));
  put(spec, "affinity", withValue(engine.affinity));
  spec.securityContext = { runAsUser: 0, runAsGroup: 1001, fsGroup: 1001, fsGroupChangePolicy: "OnRootMismatch" };
  if (has(rule, "shareProcessNamespace") && truthy(engine.shareProcessNamespace)) spec.shareProcessNamespace = true;
  spec.serviceAccountName = printed(scope.serviceAccountName);
  if (has(rule, "priorityClassName") && truthy(engine.priorityClassName)) spec.priorityClassName = printed(engine.priorityClassName);
  if (has(rule, "imagePullSecrets")) put(spec, "imagePullSecrets", withValue(engine.imagePullSecrets));
  spec.containers = [container(rule, scope, mounts), ...(has(rule, "sidecars") && truthy(engine.sidecars) ? (engine.sidecars as unknown[]) : [])];
  spec.terminationGracePeriodSeconds = printed(engine.terminationGracePeriodSeconds);
  spec.volumes = volumes.length ? volumes : null;
  return { metadata, spec };
}

/** The ConfigMap's data: engine.toml (and engine.json where the chart reads engine.configJson). */
export function upstreamConfigData(engine: Table, withJson: boolean): Table | undefined {
  const data: Table = {};
  if (truthy(engine.config)) data["engine.toml"] = literalBlock(goText(engine.config));
  if (withJson && truthy(engine.configJson)) data["engine.json"] = literalBlock(goText(engine.configJson));
  return Object.keys(data).length ? data : undefined;
}
