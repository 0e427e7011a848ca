// Every difference between two renders (an upstream chart's and ours), resource by resource and
// field by field, grouped under names a user knows: labels, probes, security contexts, volumes.
import type { KubeObject } from "../render/context";
import { deepEqual, isTable, type Table } from "../values/tree";
import { UPSTREAM_CHECKSUM } from "../migrate/upstream/upstream-pod";

export interface FieldChange {
  /** Field path inside the resource; list items are named by their `name` where they have one. */
  path: string;
  before: unknown;
  after: unknown;
}

export interface ResourceDiff {
  kind: string;
  name: string;
  status: "added" | "removed" | "changed";
  /** For a changed resource: its field changes, grouped by area ("readiness probe", "labels"…). */
  areas: { area: string; changes: FieldChange[] }[];
  object: KubeObject;
}

function key(object: KubeObject): string {
  return `${String(object.kind)}/${String(table(object.metadata).name)}`;
}

function table(value: unknown): Table {
  return isTable(value) ? value : {};
}

function named(list: readonly unknown[]): Map<string, Table> | undefined {
  const byName = new Map<string, Table>();
  for (const item of list) {
    if (!isTable(item) || typeof item.name !== "string" || byName.has(item.name)) return undefined;
    byName.set(item.name, item);
  }
  return list.length ? byName : undefined;
}

/** What a volume or mount is, beside its name: the same directory or ConfigMap under another name is a rename. */
function identity(item: Table): string | undefined {
  const found = [item.mountPath, table(item.hostPath).path, table(item.configMap).name, table(item.secret).secretName, table(item.persistentVolumeClaim).claimName];
  const value = found.find((candidate) => typeof candidate === "string");
  return value === undefined ? undefined : String(value);
}

/** Absent, null and empty lists or maps are all "nothing" to the API server. */
function nothing(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && !value.length) || (isTable(value) && !Object.keys(value).length);
}

function compare(a: unknown, b: unknown, path: string, out: FieldChange[]): void {
  if (deepEqual(a, b) || (nothing(a) && nothing(b))) return;
  // The upstream model does not compute Helm's checksums of other templates; both sides have one.
  if (a === UPSTREAM_CHECKSUM && typeof b === "string") return;
  if (isTable(a) && isTable(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) compare(a[key], b[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const [left, right] = [named(a), named(b)];
    if (left && right) {
      compareNamed(left, right, path, out);
      return;
    }
    if (a.length === b.length) {
      a.forEach((item, index) => compare(item, b[index], `${path}[${index}]`, out));
      return;
    }
  }
  out.push({ path, before: nothing(a) ? undefined : a, after: nothing(b) ? undefined : b });
}

function compareNamed(left: Map<string, Table>, right: Map<string, Table>, path: string, out: FieldChange[]): void {
  const gone = [...left.keys()].filter((name) => !right.has(name));
  const fresh = [...right.keys()].filter((name) => !left.has(name));
  for (const [name, item] of left) if (right.has(name)) compare(item, right.get(name), `${path}[${name}]`, out);
  for (const name of gone) {
    const item = left.get(name) as Table;
    const twin = fresh.find((candidate) => identity(right.get(candidate) as Table) !== undefined && identity(right.get(candidate) as Table) === identity(item));
    if (twin === undefined) {
      out.push({ path: `${path}[${name}]`, before: item, after: undefined });
      continue;
    }
    fresh.splice(fresh.indexOf(twin), 1);
    const renamed = right.get(twin) as Table;
    out.push({ path: `${path}[${name}].name`, before: name, after: twin });
    const { name: _before, ...restBefore } = item;
    const { name: _after, ...restAfter } = renamed;
    compare(restBefore, restAfter, `${path}[${twin}]`, out);
  }
  for (const name of fresh) out.push({ path: `${path}[${name}]`, before: undefined, after: right.get(name) });
}

/** Names for the parts of a resource, most specific first. */
const AREAS: [RegExp, string][] = [
  [/^spec\.selector\b/, "selector"],
  [/^metadata\.labels\b/, "labels"],
  [/^metadata\.annotations\b/, "annotations"],
  [/^spec\.template\.metadata\.labels\b/, "pod labels"],
  [/^spec\.template\.metadata\.annotations\b/, "pod annotations"],
  [/^spec\.template\.spec\.securityContext\b/, "pod security context"],
  [/^spec\.template\.spec\.volumes\b/, "volumes"],
  [/\.containers\[[^\]]+\]\.volumeMounts\b/, "volume mounts"],
  [/\.containers\[[^\]]+\]\.securityContext\b/, "container security context"],
  [/\.containers\[[^\]]+\]\.readinessProbe\b/, "readiness probe"],
  [/\.containers\[[^\]]+\]\.livenessProbe\b/, "liveness probe"],
  [/\.containers\[[^\]]+\]\.image\b/, "image"],
  [/\.containers\[[^\]]+\]\.(env|envFrom)\b/, "environment"],
  [/\.containers\[[^\]]+\]\.ports\b/, "ports"],
  [/\.containers\[[^\]]+\]\.(args|command)\b/, "arguments"],
  [/\.containers\[[^\]]+\]\.resources\b/, "resources"],
  [/\.containers\[[^\]]+\]\.lifecycle\b/, "lifecycle"],
  [/^spec\.template\.spec\.containers\b/, "containers"],
  [/^spec\.template\.spec\./, "pod"],
  [/^spec\.volumeClaimTemplates\b/, "volume claim templates"],
  [/^spec\.ports\b/, "ports"],
  [/^spec\./, "spec"],
];

export function areaOf(path: string): string {
  return AREAS.find(([pattern]) => pattern.test(path))?.[1] ?? path.split(/[.[]/)[0] ?? path;
}

export function fieldChanges(before: KubeObject, after: KubeObject): FieldChange[] {
  const changes: FieldChange[] = [];
  compare(before, after, "", changes);
  return changes;
}

/** The differences between what is deployed and what the upgrade applies. */
export function renderDiff(deployed: readonly KubeObject[], next: readonly KubeObject[]): ResourceDiff[] {
  const before = new Map(deployed.map((object) => [key(object), object]));
  const after = new Map(next.map((object) => [key(object), object]));
  const diffs: ResourceDiff[] = [];
  for (const [id, object] of before) {
    const kind = String(object.kind);
    const name = String(table(object.metadata).name);
    const successor = after.get(id);
    if (!successor) {
      diffs.push({ kind, name, status: "removed", areas: [], object });
      continue;
    }
    const grouped = new Map<string, FieldChange[]>();
    for (const change of fieldChanges(object, successor)) {
      const area = areaOf(change.path);
      grouped.set(area, [...(grouped.get(area) ?? []), change]);
    }
    if (grouped.size) diffs.push({ kind, name, status: "changed", areas: [...grouped].map(([area, changes]) => ({ area, changes })), object: successor });
  }
  for (const [id, object] of after) {
    if (!before.has(id)) diffs.push({ kind: String(object.kind), name: String(table(object.metadata).name), status: "added", areas: [], object });
  }
  return diffs;
}
