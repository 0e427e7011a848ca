// Lists that Kubernetes merges by key, and the entries of a render that repeat a key. Helm 4
// applies server-side for a release it installed and with --server-side=true (pkg/action/upgrade.go,
// getUpgradeServerSideValue: "auto" follows the release's last apply method, client-side for a
// release Helm 3 installed), and server-side apply refuses an applied object in which such a list
// repeats a key.
//
// As read in Kubernetes' sources:
// - kubernetes-sigs/structured-merge-diff, typed/validate.go (doList): an applied object whose
//   keyed list repeats a key fails with "duplicate entries for key [name=\"X\"]"; a key field
//   left out takes its schema default (typed/helpers.go, keyedAssociativeListItemToPathElement),
//   so a port without protocol counts as protocol TCP.
// - kubernetes/kubernetes#121575 (Kubernetes 1.29, structured-merge-diff v4.4.0): a live object
//   may hold such duplicates (create and update allow some); apply leaves them alone unless the
//   applied object sets that key.
// - The keys: the +listType=map / +listMapKey markers of staging/src/k8s.io/api/core/v1/types.go
//   (PodSpec.containers, initContainers, volumes, imagePullSecrets by name; hostAliases by ip;
//   Container.env by name, ports by containerPort and protocol, volumeMounts by mountPath,
//   volumeDevices by devicePath; ServiceSpec.ports by port and protocol). imagePullSecrets and
//   hostAliases carry the markers in recent releases; a server whose schema has them as atomic
//   lists lets a repeated entry through.
import type { KubeObject } from "../render/context";
import { isTable, type Table } from "../values/tree";

export interface DuplicateKey {
  /** The list, as the API server names it: spec.template.spec.containers[name="dagger-engine"].env */
  list: string;
  /** The repeated key: [name="HTTP_PROXY"] */
  key: string;
  /** The entries that share it. */
  entries: Table[];
}

type KeyFields = readonly (readonly [field: string, fallback?: string])[];

const BY_NAME: KeyFields = [["name"]];
const POD_LISTS: Record<string, KeyFields> = {
  containers: BY_NAME,
  initContainers: BY_NAME,
  ephemeralContainers: BY_NAME,
  volumes: BY_NAME,
  imagePullSecrets: BY_NAME,
  hostAliases: [["ip"]],
};
const CONTAINER_LISTS: Record<string, KeyFields> = {
  env: BY_NAME,
  ports: [["containerPort"], ["protocol", "TCP"]],
  volumeMounts: [["mountPath"]],
  volumeDevices: [["devicePath"]],
};
const SERVICE_PORTS: KeyFields = [["port"], ["protocol", "TCP"]];

function list(value: unknown): Table[] {
  return Array.isArray(value) ? (value.filter(isTable) as Table[]) : [];
}

/** [containerPort=93,protocol="TCP"]: strings quoted, as structured-merge-diff prints a key. */
function keyText(entry: Table, fields: KeyFields): string {
  const parts = fields.map(([field, fallback]) => {
    const value = entry[field] ?? fallback;
    return `${field}=${typeof value === "string" ? JSON.stringify(value) : String(value)}`;
  });
  return `[${parts.join(",")}]`;
}

function duplicatesIn(entries: Table[], fields: KeyFields, where: string): DuplicateKey[] {
  const byKey = new Map<string, Table[]>();
  for (const entry of entries) {
    const key = keyText(entry, fields);
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return [...byKey].filter(([, same]) => same.length > 1).map(([key, same]) => ({ list: where, key, entries: same }));
}

function podDuplicates(podSpec: Table, base: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  for (const [name, fields] of Object.entries(POD_LISTS)) found.push(...duplicatesIn(list(podSpec[name]), fields, `${base}.${name}`));
  for (const group of ["initContainers", "containers", "ephemeralContainers"]) {
    for (const container of list(podSpec[group])) {
      const where = `${base}.${group}[name=${JSON.stringify(String(container.name))}]`;
      for (const [name, fields] of Object.entries(CONTAINER_LISTS)) found.push(...duplicatesIn(list(container[name]), fields, `${where}.${name}`));
    }
  }
  return found;
}

/** Every keyed list of the object that repeats a key. */
export function duplicateListKeys(object: KubeObject): DuplicateKey[] {
  const spec = isTable(object.spec) ? object.spec : {};
  if (object.kind === "Service") return duplicatesIn(list(spec.ports), SERVICE_PORTS, "spec.ports");
  if (object.kind === "Pod") return podDuplicates(spec, "spec");
  const template = isTable(spec.template) ? spec.template : {};
  return isTable(template.spec) ? podDuplicates(template.spec, "spec.template.spec") : [];
}
