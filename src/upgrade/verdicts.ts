// The verdict list: everything `helm upgrade` from the deployed objects to the next render does to
// the engines, each with the manifest field and the value of this chart behind it, and the way
// through where there is one. Built on upgradeFindings (what the API server refuses, what Helm
// replaces, where the cache goes) with the restarts, the engine version and the lists that
// server-side apply refuses.
import type { KubeObject } from "../render/context";
import { isTable, type Table } from "../values/tree";
import { dataLocation } from "./cache";
import { engineChange } from "./engine-change";
import { upgradeFindings, type UpgradeFinding } from "./immutable-fields";
import { duplicateListKeys, type DuplicateKey } from "./list-keys";
import { restartVerdict } from "./rollout";
import { bySeverity, type UpgradeVerdict } from "./verdict";
import { valuesPathFor } from "./values-paths";
import { wayThrough, type UpgradeCommandOptions } from "./way-through";

export interface VerdictOptions extends UpgradeCommandOptions {
  /** The user's values for this chart (as written, not coalesced): they decide which key a field links to. */
  values: Table;
}

const WORKLOADS = new Set(["DaemonSet", "StatefulSet", "Deployment"]);

function nameOf(object: KubeObject | undefined): string {
  return String((object?.metadata as Table | undefined)?.name ?? "");
}

function isWorkload(object: KubeObject): boolean {
  return object.apiVersion === "apps/v1" && WORKLOADS.has(String(object.kind));
}

/** The workload of the next render that takes the deployed one's place: same kind and name, same name, or the only one. */
function successorOf(old: KubeObject, next: readonly KubeObject[]): KubeObject | undefined {
  const workloads = next.filter(isWorkload);
  const sameName = workloads.filter((object) => nameOf(object) === nameOf(old));
  return sameName.find((object) => object.kind === old.kind) ?? sameName[0] ?? (workloads.length === 1 ? workloads[0] : undefined);
}

/** The value that moves the cache: the kind, the name, the claim switch, or the data directory. */
function cacheValuesPath(old: KubeObject, successor: KubeObject | undefined, values: Table): string | undefined {
  if (!successor) return undefined;
  if (successor.kind !== old.kind) return "engine.kind";
  if (nameOf(successor) !== nameOf(old)) return valuesPathFor("metadata.name", values);
  const [before, after] = [dataLocation(old), dataLocation(successor)];
  if (before.type === "claim" || after.type === "claim") return "engine.statefulSet.persistentVolumeClaim.enabled";
  // Nothing at /var/lib/dagger any more: the chart mounts the data at /var/lib/dagger-<postfix>.
  if (after.type === "container") return "volumeMountsPostfix";
  if (after.type === "emptyDir") return "engine.hostPath.dataVolume.enabled";
  return valuesPathFor("spec.template.spec.volumes[data]", values);
}

function fromFinding(finding: UpgradeFinding, old: KubeObject, successor: KubeObject | undefined, options: VerdictOptions): UpgradeVerdict {
  const valuesPath = finding.severity === "cache-lost" ? cacheValuesPath(old, successor, options.values) : valuesPathFor(finding.field, options.values);
  const verdict: UpgradeVerdict = { ...finding, valuesPath, causes: [{ field: finding.field, valuesPath, before: finding.before, after: finding.after }] };
  const through = wayThrough(verdict, old, successor, options);
  return through ? { ...verdict, wayThrough: through } : verdict;
}

/** Lists the API server refuses to hold a repeated key in, whatever the apply (pkg/apis/core/validation: names of containers and volumes, mount paths, Service ports). */
function alwaysRefused(duplicate: DuplicateKey): boolean {
  return /(\.(containers|initContainers|volumes)|\.volumeMounts|^spec\.ports)$/.test(duplicate.list);
}

function duplicateVerdict(object: KubeObject, duplicate: DuplicateKey, values: Table): UpgradeVerdict {
  const valuesPath = valuesPathFor(duplicate.list, values);
  const refused = alwaysRefused(duplicate);
  const where = `${duplicate.list}: duplicate entries for key ${duplicate.key}`;
  return {
    severity: refused ? "refused" : "server-side-apply",
    kind: String(object.kind),
    name: nameOf(object),
    field: duplicate.list,
    valuesPath,
    before: undefined,
    after: duplicate.entries,
    message: refused
      ? `The API server refuses ${duplicate.list} with two entries of ${duplicate.key}. Keep one${valuesPath ? ` in ${valuesPath}` : ""}.`
      : `Helm 4 applies server-side (its default for a release it installed, or with --server-side=true), and the API server refuses it: ${where}. ` +
        `Client-side apply (Helm 3, or Helm 4 upgrading a release Helm 3 installed) lets it through, but its patches merge the entries by that key, so what runs may differ from the list. Keep one${valuesPath ? ` in ${valuesPath}` : ""}.`,
    causes: [{ field: duplicate.list, valuesPath, before: undefined, after: duplicate.entries }],
    duplicateKey: duplicate.key,
  };
}

/** Every verdict on `helm upgrade` from the deployed objects to the next render, most serious first. */
export function upgradeVerdicts(deployed: readonly KubeObject[], next: readonly KubeObject[], options: VerdictOptions): UpgradeVerdict[] {
  const findings = upgradeFindings(deployed, next);
  const verdicts: UpgradeVerdict[] = [];
  for (const old of deployed.filter(isWorkload)) {
    const successor = successorOf(old, next);
    const own = findings.filter((finding) => finding.kind === old.kind && finding.name === nameOf(old));
    verdicts.push(...own.map((finding) => fromFinding(finding, old, successor, options)));
    if (!successor) continue;
    const change = engineChange(old, successor, options.values);
    if (change) verdicts.push(change);
    const replaced = own.some((finding) => finding.severity === "replaced");
    const restart = replaced ? undefined : restartVerdict(old, successor, options.values, options.namespace, own.some((finding) => finding.severity === "cache-lost"));
    if (restart) verdicts.push(restart);
  }
  for (const object of next) {
    if (isTable(object)) verdicts.push(...duplicateListKeys(object).map((duplicate) => duplicateVerdict(object, duplicate, options.values)));
  }
  return verdicts.sort(bySeverity);
}
