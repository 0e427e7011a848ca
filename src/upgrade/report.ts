// The upgrade check in plain words, for a terminal: the headline, each verdict with its field, the
// value behind it and the way through, then every rendered difference.
import { CHART } from "../chart/chart-meta";
import type { UpgradeCheck } from "./check";
import { describeResource, shown } from "./diff-text";
import type { UpgradeVerdict, VerdictSeverity, WayThrough } from "./verdict";

const LABELS: Record<VerdictSeverity, string> = {
  refused: "REFUSED",
  "server-side-apply": "REFUSED (server-side apply)",
  replaced: "REPLACED",
  "cache-lost": "CACHE LOST",
  "engine-version": "ENGINE VERSION",
  restart: "RESTART",
};

/** The one-line outcome, by exit code. */
export function upgradeHeadline(check: Pick<UpgradeCheck, "exitCode" | "verdicts">): string {
  if (check.exitCode === 2) return "helm upgrade would FAIL: the API server refuses it (exit 2).";
  if (check.exitCode === 3) return "helm upgrade goes through, but not in place: a workload is replaced or the cache starts empty (exit 3).";
  const restarts = check.verdicts.some((verdict) => verdict.severity === "restart");
  return restarts ? "helm upgrade goes through in place; the engines restart (exit 0)." : "helm upgrade goes through in place, and no engine restarts (exit 0).";
}

function change(before: unknown, after: unknown): string {
  return `${shown(before)} → ${shown(after)}`;
}

function wayLines(way: WayThrough): string[] {
  return [
    `    Way through: ${way.summary}`,
    ...way.steps.flatMap((step, index) => [`      ${index + 1}. ${step.command}`, `         (${step.why})`]),
    ...way.notes.map((note) => `    ${note}`),
  ];
}

function verdictLines(verdict: UpgradeVerdict, wayShown: Set<string>): string[] {
  const lines = [`${LABELS[verdict.severity]}: ${verdict.kind} ${verdict.name}`];
  if (verdict.severity === "restart") {
    lines.push(`    ${verdict.message}`, "    Pod template changes:");
    for (const cause of verdict.causes) lines.push(`      ${cause.valuesPath ? `${cause.valuesPath}: ` : ""}${cause.field}: ${change(cause.before, cause.after)}`);
    return lines;
  }
  if (verdict.duplicateKey) lines.push(`    field: ${verdict.field}: ${verdict.duplicateKey} given twice in ${shown(verdict.after)}`);
  else lines.push(`    field: ${verdict.field}: ${change(verdict.before, verdict.after)}`);
  if (verdict.valuesPath) lines.push(`    value: ${verdict.valuesPath}`);
  lines.push(`    ${verdict.message}`);
  if (verdict.wayThrough) {
    const key = JSON.stringify(verdict.wayThrough.steps);
    if (wayShown.has(key)) lines.push("    Way through: as above.", ...verdict.wayThrough.notes.map((note) => `    ${note}`));
    else lines.push(...wayLines(verdict.wayThrough));
    wayShown.add(key);
  }
  return lines;
}

/** The report printed on standard output. */
export function upgradeReport(check: UpgradeCheck): string {
  const out = [
    `Upgrade check: release "${check.release}" (namespace ${check.namespace}), from ${check.baseline.description} to ${CHART.name} ${CHART.version} with the current values.`,
    ...check.baseline.notes.map((note) => `Note: ${note}`),
    "",
    upgradeHeadline(check),
  ];
  const wayShown = new Set<string>();
  for (const verdict of check.verdicts) out.push("", ...verdictLines(verdict, wayShown));
  if (check.valueChanges) {
    out.push("", check.valueChanges.length ? "Values changed since the deployed ones:" : "The values are the same as the deployed ones.");
    out.push(...check.valueChanges.map((value) => `  ${value.path}: ${change(value.before, value.after)}`));
  }
  const cluster = check.diff.flatMap(describeResource);
  out.push("", cluster.length ? "What changes in the cluster:" : "Nothing changes in the rendered resources.", ...cluster.map((line) => `  ${line}`));
  return `${out.join("\n")}\n`;
}
