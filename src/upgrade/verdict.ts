// What the upgrade check says about one thing `helm upgrade` will do, and the exit code of a list.
import type { UpgradeFinding, UpgradeSeverity } from "./immutable-fields";

/**
 * refused: the API server rejects the upgrade, however Helm applies it.
 * server-side-apply: the API server rejects it when Helm applies server-side (Helm 4's default).
 * replaced: Helm deletes a workload and creates another. cache-lost: the engines start empty.
 * restart: every engine pod is replaced by a rolling update. engine-version: the engine changes.
 */
export type VerdictSeverity = UpgradeSeverity | "server-side-apply" | "restart" | "engine-version";

/** One field behind a verdict: where it is in the manifest, and the value of this chart that sets it. */
export interface VerdictCause {
  field: string;
  valuesPath?: string;
  before: unknown;
  after: unknown;
}

export interface WayThroughStep {
  /** A shell command, ready to paste. */
  command: string;
  /** What it does, in plain words. */
  why: string;
}

/** How to get the upgrade through anyway, in order. */
export interface WayThrough {
  summary: string;
  steps: WayThroughStep[];
  /** What stays, what does not, and what to do afterwards. */
  notes: string[];
}

export interface UpgradeVerdict extends Omit<UpgradeFinding, "severity"> {
  severity: VerdictSeverity;
  /** The value of this chart that causes it (engine.statefulSet.persistentVolumeClaim.resources.requests.storage); undefined when none does. */
  valuesPath?: string;
  wayThrough?: WayThrough;
  /** Every field behind the verdict (a restart lists each pod template change); the first is field/valuesPath. */
  causes: VerdictCause[];
  /** For a list that repeats a key: the key, as the API server prints it ([name="X"]); `after` holds the entries. */
  duplicateKey?: string;
}

/** Most serious first: the order of the report. */
export const SEVERITY_ORDER: readonly VerdictSeverity[] = ["refused", "server-side-apply", "replaced", "cache-lost", "engine-version", "restart"];

export function bySeverity(a: UpgradeVerdict, b: UpgradeVerdict): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
}

/**
 * 0: the upgrade goes through in place (pods may restart, the engine may change); 2: the API
 * server refuses it (with server-side apply, too); 3: it goes through, but a workload is replaced
 * or the cache starts empty. The same codes as `migrate`.
 */
export function upgradeExitCode(verdicts: readonly Pick<UpgradeVerdict, "severity">[]): 0 | 2 | 3 {
  if (verdicts.some((verdict) => verdict.severity === "refused" || verdict.severity === "server-side-apply")) return 2;
  if (verdicts.some((verdict) => verdict.severity === "replaced" || verdict.severity === "cache-lost")) return 3;
  return 0;
}
