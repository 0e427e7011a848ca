// What `helm upgrade` from one render to another does to the engine workloads, as the API server
// sees it: which changes it refuses, which workloads Helm replaces, where the cache starts empty.
//
//   upgradeFindings(deployed, next)  deployed: the objects installed now (an upstream chart's
//                                    render); next: the objects the upgrade applies (our render).
//   upgradeRefusals(findings)        only the changes the API server refuses.
//
// The rules, as read in kubernetes/kubernetes:
// - pkg/apis/apps/validation/validation.go, ValidateStatefulSetUpdate (commit 2dd1588c490775be):
//   the new spec, with replicas, template, updateStrategy, minReadySeconds, ordinals and
//   persistentVolumeClaimRetentionPolicy copied from the old one, must be semantically equal to
//   the old spec ("updates to statefulset spec for fields other than ... are forbidden"). Newer
//   servers add revisionHistoryLimit to that list (their message names it); it is treated as
//   mutable here. "Semantically equal" (apimachinery's equality.Semantic) counts nil and empty
//   lists and maps as equal and compares resource quantities by value.
// - pkg/registry/apps/daemonset/strategy.go, ValidateUpdate: for apps/v1 the selector is immutable
//   (ValidateImmutableField on spec.selector); ValidateDaemonSetUpdate itself only guards
//   templateGeneration, which the server manages. Deployments (pkg/registry/apps/deployment) have
//   the same apps/v1 selector rule.
// The server fills in defaults before comparing (pkg/apis/apps/v1/defaults.go and core's):
// podManagementPolicy OrderedReady, serviceName "", a claim template's spec.volumeMode Filesystem.
// A claim template's apiVersion and kind are stored as written, so they count.
import { deepEqual, isTable, type Table } from "../values/tree";
import { cacheLoss } from "./cache";

export type UpgradeSeverity = "refused" | "cache-lost" | "replaced";

export interface UpgradeFinding {
  /** refused: the API server rejects the upgrade; replaced: Helm deletes the workload and creates
   * another; cache-lost: the engines start with an empty cache. */
  severity: UpgradeSeverity;
  /** Kind and name of the deployed workload. */
  kind: string;
  name: string;
  /** Where the change is, e.g. spec.selector.matchLabels. */
  field: string;
  /** The value before and after (as the server sees it, defaults filled in); undefined when absent. */
  before: unknown;
  after: unknown;
  /** The finding in plain words. */
  message: string;
}

type KubeObject = Record<string, unknown>;

const WORKLOAD_KINDS = new Set(["DaemonSet", "StatefulSet", "Deployment"]);

/** StatefulSet spec fields an update may change (see the header). */
const STATEFULSET_MUTABLE = [
  "replicas",
  "template",
  "updateStrategy",
  "minReadySeconds",
  "ordinals",
  "revisionHistoryLimit",
  "persistentVolumeClaimRetentionPolicy",
];

/** Every change between the deployed and the next objects that matters to an in-place upgrade. */
export function upgradeFindings(deployed: readonly KubeObject[], next: readonly KubeObject[]): UpgradeFinding[] {
  const findings: UpgradeFinding[] = [];
  for (const old of deployed.filter(isWorkload)) {
    const kind = String(old.kind);
    const name = nameOf(old);
    const sameName = next.filter((object) => isWorkload(object) && nameOf(object) === name);
    const updated = sameName.find((object) => object.kind === kind);
    const successor = updated ?? sameName[0];
    if (!updated) findings.push(replaced(old, successor, next));
    else if (kind === "StatefulSet") findings.push(...statefulSetRefusals(old, updated));
    else findings.push(...selectorRefusal(old, updated));
    // A renamed workload's cache goes to the one engine workload of the next render, if there is one.
    const engines = next.filter(isWorkload);
    const cache = cacheLoss(old, successor ?? (engines.length === 1 ? engines[0] : undefined));
    if (cache) findings.push(cache);
  }
  return findings;
}

/** The findings the API server refuses: `helm upgrade` fails on any of them. */
export function upgradeRefusals(findings: readonly UpgradeFinding[]): UpgradeFinding[] {
  return findings.filter((finding) => finding.severity === "refused");
}

function isWorkload(object: KubeObject): boolean {
  return object.apiVersion === "apps/v1" && WORKLOAD_KINDS.has(String(object.kind));
}

function nameOf(object: KubeObject): string {
  return String((object.metadata as Table | undefined)?.name ?? "");
}

function specOf(object: KubeObject | undefined): Table {
  return isTable(object?.spec) ? object.spec : {};
}

function replaced(old: KubeObject, successor: KubeObject | undefined, next: readonly KubeObject[]): UpgradeFinding {
  const kind = String(old.kind);
  const name = nameOf(old);
  if (successor) {
    return {
      severity: "replaced",
      kind,
      name,
      field: "kind",
      before: kind,
      after: successor.kind,
      message: `The ${kind} ${name} becomes a ${String(successor.kind)} of the same name: Helm deletes the ${kind} and creates the ${String(successor.kind)}, so every engine restarts.`,
    };
  }
  const others = next.filter(isWorkload).map((object) => `${String(object.kind)} ${nameOf(object)}`);
  return {
    severity: "replaced",
    kind,
    name,
    field: "metadata.name",
    before: name,
    after: others.length ? others.join(", ") : undefined,
    message: others.length
      ? `The ${kind} ${name} is not in the new render (it has ${others.join(", ")} instead): Helm deletes it and creates the new one, so every engine restarts.`
      : `The ${kind} ${name} is not in the new render: Helm deletes it and no engine is left.`,
  };
}

function selectorRefusal(old: KubeObject, updated: KubeObject): UpgradeFinding[] {
  const before = semantic(specOf(old).selector);
  const after = semantic(specOf(updated).selector);
  if (deepEqual(before, after)) return [];
  const kind = String(old.kind);
  const name = nameOf(old);
  return differences(before, after, "spec.selector", specOf(old).selector, specOf(updated).selector).map((where) => ({
    severity: "refused",
    kind,
    name,
    ...where,
    message: `Kubernetes refuses to change the selector of the ${kind} ${name} (${where.field} is immutable), so helm upgrade fails. The new render must select the pods exactly as the deployed one does.`,
  }));
}

function statefulSetRefusals(old: KubeObject, updated: KubeObject): UpgradeFinding[] {
  const [rawBefore, rawAfter] = [withServerDefaults(specOf(old)), withServerDefaults(specOf(updated))];
  const [before, after] = [semantic(rawBefore) as Table, semantic(rawAfter) as Table];
  const name = nameOf(old);
  const findings: UpgradeFinding[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (deepEqual(before[key], after[key])) continue;
    for (const where of differences(before[key], after[key], `spec.${key}`, rawBefore[key], rawAfter[key])) {
      findings.push({
        severity: "refused",
        kind: "StatefulSet",
        name,
        ...where,
        message:
          `Kubernetes refuses to change ${where.field} of the StatefulSet ${name}, so helm upgrade fails: an update may only change ` +
          `${STATEFULSET_MUTABLE.join(", ")}. Keep the deployed value, or delete the StatefulSet but not its pods (kubectl delete --cascade=orphan; its volume claims stay) and upgrade then.`,
      });
    }
  }
  return findings;
}

/** The StatefulSet spec the server compares on update: defaults filled in, mutable fields dropped. */
function withServerDefaults(spec: Table): Table {
  const copy: Table = { ...spec };
  for (const key of STATEFULSET_MUTABLE) delete copy[key];
  copy.podManagementPolicy ??= "OrderedReady";
  if (Array.isArray(copy.volumeClaimTemplates)) copy.volumeClaimTemplates = copy.volumeClaimTemplates.map(defaultClaimTemplate);
  return copy;
}

function defaultClaimTemplate(claim: unknown): unknown {
  if (!isTable(claim)) return claim;
  const spec = isTable(claim.spec) ? { ...claim.spec } : {};
  spec.volumeMode ??= "Filesystem";
  return { ...claim, spec };
}

/**
 * Plain data as equality.Semantic compares it: null, "", empty lists and empty maps are the same
 * as absent; resource quantities (under requests, limits) become numbers.
 */
export function semantic(value: unknown, inResources = false): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => semantic(item));
    return items.length ? items : undefined;
  }
  if (isTable(value)) {
    const out: Table = {};
    for (const [key, child] of Object.entries(value)) {
      const normal = semantic(child, inResources || key === "requests" || key === "limits");
      if (normal !== undefined) out[key] = normal;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (value === null || value === "") return undefined;
  if (inResources && (typeof value === "string" || typeof value === "number")) return quantityValue(value) ?? value;
  return value;
}

const BINARY_SUFFIX: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL_SUFFIX: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A Kubernetes quantity ("50Gi", "100m", "1e3", 4) as a number, or undefined when it is none. */
export function quantityValue(quantity: string | number): number | undefined {
  if (typeof quantity === "number") return quantity;
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E)?)$/.exec(quantity);
  if (!match) return undefined;
  const number = Number(match[1]);
  if (match[2]) return number * (BINARY_SUFFIX[match[2]] as number);
  if (match[3]) return number * 10 ** Number(match[3].slice(1));
  return number * (DECIMAL_SUFFIX[match[4] ?? ""] as number);
}

type Step = string | number;

/** The steps, below a field, to each place where a and b differ (a list item by index when both lists are as long). */
function differencePaths(a: unknown, b: unknown): Step[][] {
  if (isTable(a) && isTable(b)) {
    const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !deepEqual(a[key], b[key]));
    return differing.flatMap((key) => differencePaths(a[key], b[key]).map((steps) => [key, ...steps]));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    const differing = a.map((_, index) => index).filter((index) => !deepEqual(a[index], b[index]));
    return differing.flatMap((index) => differencePaths(a[index], b[index]).map((steps) => [index, ...steps]));
  }
  return [[]];
}

function valueAt(value: unknown, steps: readonly Step[]): unknown {
  let node = value;
  for (const step of steps) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<Step, unknown>)[step];
  }
  return node;
}

/** spec.selector.matchLabels["app.kubernetes.io/name"], spec.volumeClaimTemplates[0].spec */
function fieldPath(base: string, steps: readonly Step[]): string {
  return steps.reduce<string>((path, step) => {
    if (typeof step === "number") return `${path}[${step}]`;
    return /^[A-Za-z_][\w-]*$/.test(step) ? `${path}.${step}` : `${path}[${JSON.stringify(step)}]`;
  }, base);
}

/**
 * Each place where two values at `base` differ (compared as the server compares them), and what
 * each holds there as written (`raw`: "50Gi" rather than its bytes), or as compared when not given.
 */
function differences(before: unknown, after: unknown, base: string, rawBefore = before, rawAfter = after): Pick<UpgradeFinding, "field" | "before" | "after">[] {
  return differencePaths(before, after).map((steps) => ({ field: fieldPath(base, steps), before: valueAt(rawBefore, steps), after: valueAt(rawAfter, steps) }));
}
