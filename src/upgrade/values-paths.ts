// Which value of this chart sets a field of the engine's resources: the key a user changes to
// cause, or to undo, what the upgrade check finds there. Read off the templates' twins in
// src/render/ (engine-pod.ts, engine-statefulset.ts, names.ts).
import { getIn, type Table } from "../values/tree";

/** A key, a key chosen by what the values set, or null: no value sets it (the chart version, the release). */
type Choice = string | null | ((values: Table) => string);

const set = (values: Table, path: string) => getIn(values, path.split(".")) !== undefined;

/** engine.image.ref, or the legacy repository and tag when the values use them. */
const imageKey: Choice = (values) => (!set(values, "engine.image.ref") && set(values, "engine.image.tag") ? "engine.image.tag" : "engine.image.ref");

/** Where the data directory comes from: the path, the postfix, or the name it is derived from. */
const dataPathKey: Choice = (values) => {
  if (set(values, "engine.hostPath.dataVolume.path")) return "engine.hostPath.dataVolume.path";
  if (set(values, "volumeMountsPostfix")) return "volumeMountsPostfix";
  return "engine.hostPath.dataVolume.path";
};

/** The resource names come from fullnameOverride, else nameOverride and the release name. */
const nameKey: Choice = (values) => (!set(values, "fullnameOverride") && set(values, "nameOverride") ? "nameOverride" : "fullnameOverride");

/** engine.toml or engine.json: the one the values set. */
const configKey: Choice = (values) => (set(values, "engine.configJson") && !set(values, "engine.config") ? "engine.configJson" : "engine.config");

const ENGINE = String.raw`containers\[dagger-engine\]`;

/** Field patterns (most specific first) and the value behind them. */
const FIELDS: [RegExp, Choice][] = [
  [/^kind$/, "engine.kind"],
  [/^(metadata\.name|spec\.selector)\b/, nameKey],
  [/^spec\.serviceName\b/, "engine.statefulSet.serviceName"],
  [/^spec\.podManagementPolicy\b/, "engine.statefulSet.podManagementPolicy"],
  [/^spec\.replicas\b/, "engine.statefulSet.replicas"],
  [/^spec\.persistentVolumeClaimRetentionPolicy\b/, "engine.statefulSet.persistentVolumeClaimRetentionPolicy"],
  [/^spec\.volumeClaimTemplates\[\d+\]\.spec\.resources\b/, "engine.statefulSet.persistentVolumeClaim.resources.requests.storage"],
  [/^spec\.volumeClaimTemplates\[\d+\]\.spec\.storageClassName\b/, "engine.statefulSet.persistentVolumeClaim.storageClassName"],
  [/^spec\.volumeClaimTemplates\[\d+\]\.spec\.accessModes\b/, "engine.statefulSet.persistentVolumeClaim.accessModes"],
  [/^spec\.volumeClaimTemplates\b/, "engine.statefulSet.persistentVolumeClaim.enabled"],
  [/\.metadata\.annotations\.checksum\/config$/, configKey],
  [/\.metadata\.annotations\.checksum\/secret$/, (values) => (set(values, "magicache.secretName") ? "magicache.secretName" : "magicache.token")],
  [/^spec\.template\.metadata\.annotations\b/, "engine.annotations"],
  [/\.labels\.app\.kubernetes\.io\/version$/, imageKey],
  [/\.labels\.app\.kubernetes\.io\/(name|part-of)$/, "nameOverride"],
  [/\.labels\.(helm\.sh\/chart|app\.kubernetes\.io\/(instance|managed-by|component))$/, null],
  [/^spec\.template\.metadata\.labels\.name$/, nameKey],
  [/^spec\.template\.metadata\.labels\b/, (values) => (set(values, "labels") && !set(values, "engine.labels") ? "labels" : "engine.labels")],
  [new RegExp(`${ENGINE}\\.image$`), imageKey],
  [new RegExp(`${ENGINE}\\.imagePullPolicy\\b`), "engine.image.pullPolicy"],
  [new RegExp(`${ENGINE}\\.env\\[_EXPERIMENTAL_DAGGER_CACHESERVICE_URL\\]`), (values) => (set(values, "magicache.url") ? "magicache.url" : "magicache.enabled")],
  [new RegExp(`${ENGINE}\\.env\\b`), "engine.env"],
  [new RegExp(`${ENGINE}\\.envFrom\\b`), (values) => (set(values, "magicache.enabled") && !set(values, "engine.envFrom") ? "magicache.enabled" : "engine.envFrom")],
  [new RegExp(`${ENGINE}\\.(args|command)\\b`), (values) => (set(values, "engine.port") && !set(values, "engine.args") ? "engine.port" : "engine.args")],
  [new RegExp(`${ENGINE}\\.ports\\b`), (values) => (set(values, "engine.containerPorts") ? "engine.containerPorts" : "engine.port")],
  [new RegExp(`${ENGINE}\\.resources\\b`), "engine.resources"],
  [new RegExp(`${ENGINE}\\.securityContext\\b`), "engine.containerSecurityContext"],
  [new RegExp(`${ENGINE}\\.readinessProbe\\b`), "engine.readinessProbe"],
  [new RegExp(`${ENGINE}\\.livenessProbe\\b`), "engine.livenessProbe"],
  [new RegExp(`${ENGINE}\\.lifecycle\\b`), "engine.lifecycle"],
  [new RegExp(`${ENGINE}\\.volumeMounts\\[(data|run)\\]`), dataPathKey],
  [new RegExp(`${ENGINE}\\.volumeMounts\\[engine-config\\]`), configKey],
  [new RegExp(`${ENGINE}\\.volumeMounts\\b`), "engine.volumeMounts"],
  [/\.containers\[(?!dagger-engine\])/, "engine.sidecars"],
  [/\.volumes\[(data|run)\]\.hostPath\.type$/, null],
  [/\.volumes\[data\]/, (values) => (set(values, "engine.hostPath.dataVolume.enabled") ? "engine.hostPath.dataVolume.enabled" : dataPathKey(values))],
  [/\.volumes\[run\]/, "engine.hostPath.runVolume.path"],
  [/\.volumes\[engine-config\]/, configKey],
  [/\.volumes\b/, "engine.volumes"],
  [/^spec\.template\.spec\.securityContext\b/, "engine.securityContext"],
  [/^spec\.template\.spec\.imagePullSecrets\b/, "engine.imagePullSecrets"],
  [/^spec\.template\.spec\.nodeSelector\b/, (values) => (set(values, "nodeSelector") && !set(values, "engine.nodeSelector") ? "nodeSelector" : "engine.nodeSelector")],
  [/^spec\.template\.spec\.affinity\b/, (values) => (set(values, "affinity") && !set(values, "engine.affinity") ? "affinity" : "engine.affinity")],
  [/^spec\.template\.spec\.tolerations\b/, "engine.tolerations"],
  [/^spec\.template\.spec\.priorityClassName\b/, "engine.priorityClassName"],
  [/^spec\.template\.spec\.runtimeClassName\b/, "engine.runtimeClassName"],
  [/^spec\.template\.spec\.shareProcessNamespace\b/, "engine.shareProcessNamespace"],
  [/^spec\.template\.spec\.terminationGracePeriodSeconds\b/, "engine.terminationGracePeriodSeconds"],
  [/^spec\.template\.spec\.serviceAccountName\b/, (values) => (set(values, "engine.existingServiceAccount.name") ? "engine.existingServiceAccount.name" : "engine.newServiceAccount")],
];

/** A field path as the API server prints it ([name="x"]) in render-diff's form ([x]). */
function normalField(field: string): string {
  return field.replace(/\[name="([^"]*)"\]/g, "[$1]");
}

/**
 * The value of this chart behind a field of an engine resource, given the user's values (which
 * decide between a key and its legacy or parent-chart twin); undefined when no value sets it.
 */
export function valuesPathFor(field: string, values: Table): string | undefined {
  const normal = normalField(field);
  const choice = FIELDS.find(([pattern]) => pattern.test(normal))?.[1];
  if (choice === undefined || choice === null) return undefined;
  return typeof choice === "string" ? choice : choice(values);
}
