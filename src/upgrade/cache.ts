// Where an engine workload keeps its cache, and whether an upgrade leaves it there. The engine keeps
// its state (the build cache) in /var/lib/dagger; what backs that directory decides whether a new
// pod finds the old cache: the same host directory on the same node, the same volume claim (a
// StatefulSet's claims are named <template>-<statefulset>-<ordinal>), or the same volume.
import type { KubeObject } from "../render/context";
import { isTable, type Table } from "../values/tree";
import type { UpgradeFinding } from "./immutable-fields";

export interface DataLocation {
  /** host: a host directory; claim: the StatefulSet's volume claims; volume: another volume of the
   * pod (a claim by name, NFS…); emptyDir and container: gone whenever the pod goes. */
  type: "host" | "claim" | "volume" | "emptyDir" | "container";
  /** In words: "host path /var/lib/dagger", "the volume claims data-ci-engine-<ordinal>". */
  text: string;
  /** Equal for two locations that hold the same cache. */
  id: string;
}

function table(value: unknown): Table {
  return isTable(value) ? value : {};
}

function list(value: unknown): Table[] {
  return Array.isArray(value) ? (value.filter(isTable) as Table[]) : [];
}

export function podSpecOf(workload: KubeObject | undefined): Table {
  return table(table(table(workload?.spec).template).spec);
}

/**
 * The location behind /var/lib/dagger. A volume mounted only at a -suffixed path
 * (volumeMountsPostfix) does not hold the cache: the engine still writes /var/lib/dagger, inside
 * the container.
 */
export function dataLocation(workload: KubeObject | undefined): DataLocation {
  const podSpec = podSpecOf(workload);
  const mounts = list(podSpec.containers).flatMap((container) => list(container.volumeMounts));
  const mount = mounts.find((candidate) => String(candidate.mountPath).replace(/\/+$/, "") === "/var/lib/dagger");
  if (!mount) return { type: "container", text: "the container's own filesystem", id: "container" };
  const name = String(mount.name);
  // A StatefulSet's claim template wins over a pod volume of the same name (the controller's
  // updateStorage replaces it), as in the fork's StatefulSet, which rendered both.
  const claims = list(table(workload?.spec).volumeClaimTemplates);
  if (workload?.kind === "StatefulSet" && claims.some((claim) => table(claim.metadata).name === name)) {
    const prefix = `${name}-${String(table(workload.metadata).name)}`;
    return { type: "claim", text: `the volume claims ${prefix}-<ordinal>`, id: `claim ${prefix}` };
  }
  const volume = list(podSpec.volumes).find((candidate) => candidate.name === name);
  if (!volume) return { type: "volume", text: `the volume ${name}`, id: `volume ${name}` };
  if (isTable(volume.hostPath)) {
    const path = String(volume.hostPath.path).replace(/(.)\/+$/, "$1");
    return { type: "host", text: `host path ${path}`, id: `host ${path}` };
  }
  if ("emptyDir" in volume) return { type: "emptyDir", text: "an emptyDir", id: "emptyDir" };
  const { name: _name, ...source } = volume;
  const claimName = table(volume.persistentVolumeClaim).claimName;
  const text = typeof claimName === "string" ? `the volume claim ${claimName}` : `the volume ${name}`;
  return { type: "volume", text, id: `volume ${JSON.stringify(source)}` };
}

/** Whether the cache lives only as long as the pod (an emptyDir or the container's filesystem). */
export function cacheIsEphemeral(location: DataLocation): boolean {
  return location.type === "emptyDir" || location.type === "container";
}

/** The finding when the next workload keeps its cache somewhere else than the deployed one. */
export function cacheLoss(old: KubeObject, successor: KubeObject | undefined): UpgradeFinding | undefined {
  const before = dataLocation(old);
  if (cacheIsEphemeral(before) || !successor) return undefined;
  const after = dataLocation(successor);
  if (after.id === before.id) return undefined;
  const leftover =
    before.type === "host"
      ? "the old directory stays on the nodes until removed"
      : before.type === "claim"
        ? "the old claims stay until deleted, unless the retention policy deletes them"
        : "the old volume is no longer mounted";
  return {
    severity: "cache-lost",
    kind: String(old.kind),
    name: String(table(old.metadata).name),
    field: before.type === "claim" || after.type === "claim" ? "spec.volumeClaimTemplates" : "spec.template.spec.volumes",
    before: before.text,
    after: after.text,
    message: `The engines' cache moves from ${before.text} to ${after.text}: they start with an empty cache (${leftover}).`,
  };
}
