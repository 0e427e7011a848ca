// The migration report in plain words: what was changed in the values, whether `helm upgrade`
// goes through in place, and every difference between what runs now and what the upgrade applies.
import { CHART } from "../chart/chart-meta";
import type { Migration } from "./migrate";
import { describeResource, shown } from "../upgrade/diff-text";
import { UPSTREAM_TITLES } from "./upstream/versions";

export interface ReportSections {
  /** "Migrating release … from … to …." */
  heading: string;
  /** What the migration changed in the values, one line each; empty when nothing. */
  valueChanges: string[];
  verdict: {
    outcome: "in place" | "refused" | "not in place";
    headline: string;
    /** The headline's second half: what it means. */
    detail: string;
    lines: string[];
  };
  /** Every rendered difference, resource by resource (indented lines). */
  cluster: string[];
  clusterHeading: string;
  notes: string[];
}

/** The report's parts, for the CLI's text and the wizard's view. */
export function reportSections(migration: Migration): ReportSections {
  const { upstream, release } = migration;
  const title = `${UPSTREAM_TITLES[upstream.chart].split(" (")[0]} ${upstream.version}`;
  const valueChanges: string[] = [];
  for (const key of migration.removed) {
    const ours = key.problem ? `our chart refuses it (${key.problem})` : "our chart would act on it";
    valueChanges.push(`${key.path} removed: ${title} never read it, so it had no effect there, and ${ours}.`);
  }
  for (const pin of migration.pins) valueChanges.push(pin.note);

  const refused = migration.findings.filter((finding) => finding.severity === "refused");
  const verdict: ReportSections["verdict"] = refused.length
    ? {
        outcome: "refused",
        headline: "helm upgrade would FAIL",
        detail: "the API server refuses to change these fields:",
        lines: refused.map((finding) => `${finding.kind} ${finding.name} ${finding.field}: ${shown(finding.before)} → ${shown(finding.after)}. ${finding.message}`),
      }
    : migration.findings.length
      ? { outcome: "not in place", headline: "helm upgrade goes through, but not in place", detail: "", lines: migration.findings.map((finding) => finding.message) }
      : {
          outcome: "in place",
          headline: "helm upgrade goes through in place",
          detail: "the workload keeps its kind, name, selector and immutable fields, and the cache stays where it is.",
          lines: [],
        };

  const cluster = migration.diff.flatMap(describeResource);
  if (migration.diff.some((diff) => diff.areas.some((area) => area.area.startsWith("pod ") || area.area === "containers"))) {
    cluster.push("The engine pods' template changes, so the engines restart one by one (as on any chart upgrade).");
  }
  return {
    heading: `Migrating release "${release.releaseName}" (namespace ${release.namespace}) from ${title} to ${CHART.name} ${CHART.version}.`,
    valueChanges,
    verdict,
    cluster,
    clusterHeading: cluster.length
      ? `What changes in the cluster (${title} → ${CHART.name} ${CHART.version} with the values above):`
      : "Nothing else changes in the rendered resources.",
    notes: migration.notes,
  };
}

/** The report printed on standard error. */
export function migrationReport(migration: Migration): string {
  const sections = reportSections(migration);
  const out = [sections.heading, ""];
  if (sections.valueChanges.length) {
    out.push("Changes to the values (the rest is kept as written, comments included):", ...sections.valueChanges.map((line) => `  - ${line}`), "");
  } else out.push("The values need no change.", "");
  const { headline, detail, lines } = sections.verdict;
  out.push(detail ? `${headline}: ${detail}` : `${headline}:`, ...lines.map((line) => `  - ${line}`), "");
  out.push(sections.clusterHeading, ...sections.cluster.map((line) => `  ${line}`));
  if (sections.notes.length) out.push("", ...sections.notes.map((note) => `Note: ${note}`));
  return `${out.join("\n")}\n`;
}
