// Whether an upgrade restarts the engines, and how the controller rolls them. A change to the pod
// template makes a new revision, and the workload's controller replaces every pod:
// - DaemonSet (pkg/controller/daemon/update.go, rollingUpdate): at most maxUnavailable nodes at a
//   time, defaulting to 1 with maxSurge 0 (pkg/apis/apps/v1/defaults.go, SetDefaults_DaemonSet):
//   on each node the old pod stops before the new one starts, then the next node waits until the
//   new pod is ready. With OnDelete, pods change only when someone deletes them.
// - StatefulSet (pkg/controller/statefulset/stateful_set_control.go, updateStatefulSet): one pod
//   at a time from the highest ordinal down to the partition (default 0), each after the one
//   before is Running and Ready.
// An old pod gets its own terminationGracePeriodSeconds to stop (30 when unset: core/v1
// DefaultTerminationGracePeriodSeconds); the engine uses it to finish running work.
import type { KubeObject } from "../render/context";
import { isTable, type Table } from "../values/tree";
import { cacheIsEphemeral, dataLocation, podSpecOf } from "./cache";
import { semantic } from "./immutable-fields";
import { fieldChanges, type FieldChange } from "./render-diff";
import type { UpgradeVerdict, VerdictCause } from "./verdict";
import { valuesPathFor } from "./values-paths";

function table(value: unknown): Table {
  return isTable(value) ? value : {};
}

/** Annotations, labels or a named list that appear or go as a whole, as one change per key or item (each may come from its own value). */
function perEntry(change: FieldChange): FieldChange[] {
  const whole = change.before === undefined ? change.after : change.after === undefined ? change.before : undefined;
  const entries: [string, unknown][] = isTable(whole) && /\.(annotations|labels)$/.test(change.path)
    ? Object.entries(whole).map(([key, value]) => [`${change.path}.${key}`, value])
    : Array.isArray(whole) && whole.every((item) => isTable(item) && typeof item.name === "string")
      ? whole.map((item) => [`${change.path}[${String((item as Table).name)}]`, item])
      : [];
  if (!entries.length) return [change];
  return entries.map(([path, value]) => (change.before === undefined ? { path, before: undefined, after: value } : { path, before: value, after: undefined }));
}

/** The pod template changes, quantities compared by value as the API server stores them. */
export function templateChanges(old: KubeObject, updated: KubeObject, values: Table): VerdictCause[] {
  const changes = fieldChanges({ template: table(old.spec).template }, { template: table(updated.spec).template }).flatMap(perEntry);
  return changes
    .filter((change) => !/\.resources\b/.test(change.path) || JSON.stringify(semantic(change.before, true)) !== JSON.stringify(semantic(change.after, true)))
    .map((change) => {
      const field = `spec.${change.path}`;
      return { field, valuesPath: valuesPathFor(field, values), before: change.before, after: change.after };
    });
}

function gracePeriod(workload: KubeObject): number {
  const seconds = podSpecOf(workload).terminationGracePeriodSeconds;
  return typeof seconds === "number" ? seconds : 30;
}

function readinessDelay(workload: KubeObject): number | undefined {
  const containers = Array.isArray(podSpecOf(workload).containers) ? (podSpecOf(workload).containers as unknown[]).filter(isTable) : [];
  const probe = table((containers.find((container) => container.name === "dagger-engine") ?? containers[0])?.readinessProbe);
  return typeof probe.initialDelaySeconds === "number" ? probe.initialDelaySeconds : undefined;
}

function duration(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 360) / 10} h`;
}

/** How the controller replaces the pods, with the longest the old engines' stops can take. */
export function rolloutText(old: KubeObject, updated: KubeObject, namespace: string): string {
  const name = String(table(updated.metadata).name);
  const grace = gracePeriod(old);
  const ready = readinessDelay(updated);
  const startup = ready === undefined ? "then the new one starts" : `then the new one starts (readiness checked from ${ready} s on)`;
  const strategy = table(table(updated.spec).updateStrategy);
  const rolling = table(strategy.rollingUpdate);
  if (strategy.type === "OnDelete") {
    const selector = Object.entries(table(table(table(updated.spec).selector).matchLabels)).map(([key, value]) => `${key}=${String(value)}`).join(",");
    return `The ${String(updated.kind)} updates pods only when they are deleted (updateStrategy OnDelete): delete each one to move it (kubectl delete pod --namespace ${namespace} -l ${selector}).`;
  }
  if (updated.kind === "DaemonSet") {
    const unavailable = rolling.maxUnavailable ?? 1;
    const surge = rolling.maxSurge ?? 0;
    const share = typeof unavailable === "string" && unavailable.endsWith("%") ? `${unavailable} of the nodes` : `${String(unavailable)} nodes`;
    const pace = unavailable === 1 ? "one node at a time" : `${share} at a time (maxUnavailable)`;
    const order =
      surge === 0 || surge === "0%"
        ? `on each node the old engine gets up to ${duration(grace)} to finish its work (terminationGracePeriodSeconds), ${startup} and must be ready before the next node's turn`
        : `on each node the new engine starts before the old one stops (maxSurge ${String(surge)}), both on the node's data directory for up to ${duration(grace)}`;
    const example = unavailable === 1 ? `; on 10 nodes the stops alone can take ${duration(10 * grace)}` : "";
    return `The DaemonSet ${name} replaces them ${pace}: ${order}${example}. Builds still running when an engine stops fail.`;
  }
  const replicas = typeof table(updated.spec).replicas === "number" ? (table(updated.spec).replicas as number) : 1;
  const partition = typeof rolling.partition === "number" ? rolling.partition : 0;
  const count = Math.max(replicas - partition, 0);
  const range = count > 1 ? `from ${name}-${replicas - 1} down to ${name}-${partition}` : `${name}-${partition}`;
  const held = partition > 0 ? ` Pods below ordinal ${partition} keep the old template (partition).` : "";
  const stop = `to finish its work (terminationGracePeriodSeconds), ${startup}`;
  const pace =
    count > 1
      ? `its ${count} engines one at a time, ${range}: each old engine gets up to ${duration(grace)} ${stop} and must be ready before the next; up to ${duration(count * grace)} of stops in all`
      : `its engine ${range}: the old engine gets up to ${duration(grace)} ${stop}`;
  return `The StatefulSet ${name} replaces ${pace}.${held} Builds still running when an engine stops fail.`;
}

/** The restart verdict of a workload that keeps its kind and name; undefined when its pods stay. */
export function restartVerdict(old: KubeObject, updated: KubeObject, values: Table, namespace: string, cacheLost: boolean): UpgradeVerdict | undefined {
  const causes = templateChanges(old, updated, values);
  const first = causes[0];
  if (!first) return undefined;
  const keys = [...new Set(causes.map((cause) => cause.valuesPath ?? cause.field))];
  const location = dataLocation(updated);
  const cache = cacheLost
    ? "The cache does not come along (see above)."
    : cacheIsEphemeral(location)
      ? `The cache does not survive: it lives in ${location.text}, which goes with each pod.`
      : `The cache is kept (${location.text}).`;
  return {
    severity: "restart",
    kind: String(old.kind),
    name: String(table(old.metadata).name),
    field: first.field,
    valuesPath: first.valuesPath,
    before: first.before,
    after: first.after,
    message: `Every engine pod restarts: the pod template changes (${keys.join(", ")}). ${rolloutText(old, updated, namespace)} ${cache}`,
    causes,
  };
}
