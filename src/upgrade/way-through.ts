// How to get an upgrade through when the API server refuses it, or when Helm's replacing a
// workload would run two engines on one data directory. The facts relied on:
// - `kubectl delete --cascade=orphan` deletes only the workload: the garbage collector takes the
//   owner reference off its pods (and claims), which keep running.
// - Helm creates a resource of the release that is missing from the cluster on upgrade (Helm 4
//   pkg/kube/client.go Update: "Since the resource does not exist, create it"), and creates the
//   new resources before it deletes those no longer rendered.
// - A new workload adopts the orphaned pods its selector matches (ControllerRefManager); a
//   StatefulSet's pods use the claims named <template>-<statefulset>-<ordinal>, whoever made
//   them, and it never resizes or changes an existing claim.
// - With persistentVolumeClaimRetentionPolicy.whenDeleted Delete the claims are owned by the
//   StatefulSet; setting Retain first takes that away (the controller updates the owners).
import type { KubeObject } from "../render/context";
import { isTable, type Table } from "../values/tree";
import { dataLocation } from "./cache";
import type { UpgradeVerdict, WayThrough, WayThroughStep } from "./verdict";

export interface UpgradeCommandOptions {
  release: string;
  namespace: string;
  /** The chart as `helm upgrade` takes it: ./chart/dagger-helm, oci://…, repo/name. */
  chart: string;
  /** Flags that go with the chart: --repo <url> --version <version> for a chart repository. */
  chartFlags?: readonly string[];
  valuesFiles: readonly string[];
}

function table(value: unknown): Table {
  return isTable(value) ? value : {};
}

function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** helm upgrade <release> <chart> [--repo … --version …] --namespace <ns> -f <values>… */
export function helmUpgradeCommand(options: UpgradeCommandOptions): string {
  const files = options.valuesFiles.flatMap((file) => ["-f", quote(file)]);
  const flags = (options.chartFlags ?? []).map(quote);
  return ["helm upgrade", quote(options.release), quote(options.chart), ...flags, "--namespace", quote(options.namespace), ...files].join(" ");
}

function upgradeStep(options: UpgradeCommandOptions, what: string): WayThroughStep {
  return { command: helmUpgradeCommand(options), why: what };
}

/** Whether every label the selector asks for is on the pods of the deployed template. */
function selectsOldPods(old: KubeObject, updated: KubeObject | undefined): boolean {
  const wanted = table(table(table(updated?.spec).selector).matchLabels);
  const labels = table(table(table(old.spec).template).metadata).labels as Table | undefined;
  return Object.entries(wanted).every(([key, value]) => table(labels)[key] === value);
}

function retainStep(old: KubeObject, namespace: string): WayThroughStep[] {
  if (table(table(old.spec).persistentVolumeClaimRetentionPolicy).whenDeleted !== "Delete") return [];
  const patch = JSON.stringify({ spec: { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain" } } });
  return [
    {
      command: `kubectl patch statefulset ${String(table(old.metadata).name)} --namespace ${namespace} --type merge -p '${patch}'`,
      why: "keeps the volume claims when the StatefulSet is deleted (its retention policy says Delete)",
    },
  ];
}

function claimTemplate(workload: KubeObject | undefined, index: number): Table {
  const claims = Array.isArray(table(workload?.spec).volumeClaimTemplates) ? (table(workload?.spec).volumeClaimTemplates as unknown[]) : [];
  return table(claims[index]);
}

function claimStorage(workload: KubeObject | undefined, index: number): string {
  return String(table(table(table(claimTemplate(workload, index).spec).resources).requests).storage ?? "?");
}

function claimNotes(verdict: UpgradeVerdict, old: KubeObject, updated: KubeObject | undefined, namespace: string): string[] {
  const index = Number(/^spec\.volumeClaimTemplates\[(\d+)\]/.exec(verdict.field)?.[1] ?? 0);
  const prefix = `${String(table(claimTemplate(old, index).metadata).name ?? "data")}-${String(table(old.metadata).name)}`;
  const claim = `${prefix}-<ordinal>`;
  const storage = /^spec\.volumeClaimTemplates\[\d+\]\.spec\.resources\.requests\.storage$/.test(verdict.field);
  if (storage) {
    const [before, after] = [claimStorage(old, index), claimStorage(updated, index)];
    const patch = JSON.stringify({ spec: { resources: { requests: { storage: after } } } });
    return [
      `Existing claims (${claim}) keep their ${before}: a StatefulSet never resizes a claim; new engines get ${after}. ` +
        `To grow one where its storage class allows volume expansion: kubectl patch pvc ${prefix}-0 --namespace ${namespace} -p '${patch}' (and so for each ordinal).`,
    ];
  }
  if (/^spec\.volumeClaimTemplates/.test(verdict.field) && !Object.keys(claimTemplate(updated, index)).length) {
    return [`The claims (${claim}) stay, unused, until you delete them (kubectl delete pvc ${claim} --namespace ${namespace}).`];
  }
  if (/^spec\.volumeClaimTemplates/.test(verdict.field)) {
    return [
      `Existing claims (${claim}) stay as they are; only the claims of new engines follow the new template. ` +
        `To move an engine onto it, delete its claim after its pod (kubectl delete pvc ${claim} --namespace ${namespace}): that engine's cache starts empty.`,
    ];
  }
  return [];
}

/** The way through a refusal of an immutable field of a StatefulSet, DaemonSet or Deployment. */
function throughRefusal(verdict: UpgradeVerdict, old: KubeObject, updated: KubeObject | undefined, options: UpgradeCommandOptions): WayThrough {
  const kind = String(old.kind);
  const resource = kind.toLowerCase();
  const name = String(table(old.metadata).name);
  const { namespace } = options;
  const retain = kind === "StatefulSet" ? retainStep(old, namespace) : [];
  if (selectsOldPods(old, updated)) {
    const adopts = kind === "StatefulSet" ? "adopts the running engines and their volume claims, then replaces the pods one by one" : "adopts the running engines, then replaces them as on any upgrade";
    return {
      summary: `Delete the ${kind} but not its pods, then upgrade: Helm creates it again with the new spec.`,
      steps: [
        ...retain,
        { command: `kubectl delete ${resource} ${name} --namespace ${namespace} --cascade=orphan`, why: `deletes the ${kind} only: its engines keep running${kind === "StatefulSet" ? " and its volume claims stay" : ""}` },
        upgradeStep(options, `creates the ${kind} with the new spec; it ${adopts}`),
      ],
      notes: kind === "StatefulSet" ? claimNotes(verdict, old, updated, namespace) : [],
    };
  }
  return {
    summary: `The new selector does not match the running pods, so they cannot be adopted: delete the ${kind} with its pods, then upgrade.`,
    steps: [
      ...retain,
      { command: `kubectl delete ${resource} ${name} --namespace ${namespace}`, why: `stops every engine of the ${kind}${kind === "StatefulSet" ? "; the volume claims stay" : ""}` },
      upgradeStep(options, `creates the ${kind} with the new spec; its engines start on the same ${kind === "StatefulSet" ? "claims" : "host directories"}`),
    ],
    notes: ["Every engine is down between the two commands."],
  };
}

/** When Helm replaces a workload whose successor uses the same host directory: delete the old one first. */
function throughReplacement(old: KubeObject, successor: KubeObject | undefined, options: UpgradeCommandOptions): WayThrough | undefined {
  const before = dataLocation(old);
  if (!successor || before.type !== "host" || dataLocation(successor).id !== before.id) return undefined;
  const name = String(table(old.metadata).name);
  return {
    summary: `Helm creates the new ${String(successor.kind)} before it deletes the ${String(old.kind)}, so on a node two engines could share ${before.text} until the old one stops: delete the old one first.`,
    steps: [
      { command: `kubectl delete ${String(old.kind).toLowerCase()} ${name} --namespace ${options.namespace} --wait`, why: "stops the old engines and waits until they are gone" },
      upgradeStep(options, `creates the ${String(successor.kind)}; its engines find the cache in ${before.text}`),
    ],
    notes: [],
  };
}

/** The way through for a verdict, when it has one. */
export function wayThrough(verdict: UpgradeVerdict, old: KubeObject, successor: KubeObject | undefined, options: UpgradeCommandOptions): WayThrough | undefined {
  if (verdict.severity === "refused") return throughRefusal(verdict, old, successor, options);
  if (verdict.severity === "replaced") return throughReplacement(old, successor, options);
  return undefined;
}
