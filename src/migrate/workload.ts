// Reading the engine workload out of a render (ours or an upstream's): its pod, its container, and
// the host directories behind the engine's data and run mounts.
import type { KubeObject } from "../render/context";
import { isTable, type Table } from "../values/tree";

export function table(value: unknown): Table {
  return isTable(value) ? value : {};
}

export function list(value: unknown): Table[] {
  return Array.isArray(value) ? (value.filter(isTable) as Table[]) : [];
}

/** The engine's DaemonSet or StatefulSet. */
export function engineWorkload(objects: readonly KubeObject[]): KubeObject | undefined {
  return objects.find((object) => object.kind === "DaemonSet" || object.kind === "StatefulSet");
}

export function podSpec(workload: KubeObject | undefined): Table {
  return table(table(table(workload?.spec).template).spec);
}

export function engineContainer(workload: KubeObject | undefined): Table {
  const containers = list(podSpec(workload).containers);
  return containers.find((container) => container.name === "dagger-engine") ?? containers[0] ?? {};
}

/** The engine's data mount (/var/lib/dagger, maybe with a postfix) or run mount (/run/dagger, /var/run/buildkit). */
export function engineMount(workload: KubeObject | undefined, which: "data" | "run"): Table | undefined {
  const pattern = which === "data" ? /^\/var\/lib\/dagger(-|$)/ : /^(\/var)?\/run\/(dagger|buildkit)(-|$)/;
  return list(engineContainer(workload).volumeMounts).find((mount) => pattern.test(String(mount.mountPath)));
}

/** The host directory behind the data or run mount; undefined when it is not a host path. */
export function engineHostPath(workload: KubeObject | undefined, which: "data" | "run"): string | undefined {
  const mount = engineMount(workload, which);
  if (!mount) return undefined;
  const volume = list(podSpec(workload).volumes).find((candidate) => candidate.name === mount.name);
  const path = table(volume?.hostPath).path;
  return typeof path === "string" ? path : undefined;
}

/** Whether the StatefulSet takes the engine's data from a volume claim template. */
export function dataFromClaim(workload: KubeObject | undefined): boolean {
  const mount = engineMount(workload, "data");
  if (!mount || workload?.kind !== "StatefulSet") return false;
  return list(table(workload.spec).volumeClaimTemplates).some((claim) => table(claim.metadata).name === mount.name);
}
