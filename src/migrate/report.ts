// The migration report in plain words: what was changed in the values, whether `helm upgrade`
// goes through in place, and every difference between what runs now and what the upgrade applies.
import { CHART } from "../chart/chart-meta";
import { plainScalar } from "./upstream/printed";
import type { Migration } from "./migrate";
import type { FieldChange, ResourceDiff } from "./render-diff";
import { UPSTREAM_TITLES } from "./upstream/versions";

/** A value on one line, in YAML's flow style: {name: data, hostPath: {path: /var/lib/dagger}}. */
export function shown(value: unknown): string {
  if (value === undefined) return "(none)";
  if (Array.isArray(value)) return `[${value.map(shown).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value).map(([key, child]) => `${key}: ${shown(child)}`).join(", ")}}`;
  }
  if (typeof value !== "string") return String(value);
  const plain = /^[^\s,{}[\]#"'&*!|>%@`][^,{}[\]#"'\n]*$/.test(value) && !value.endsWith(" ") && !/: /.test(value);
  return plain && typeof plainScalar(value) === "string" ? value : JSON.stringify(value);
}

/** "image: a → b", "labels: + app.kubernetes.io/component: engine" */
function changeLine(change: FieldChange, area: string): string {
  const where = shortPath(change.path, area);
  if (where === area) {
    if (change.before === undefined) return `added: ${shown(change.after)}`;
    if (change.after === undefined) return `removed (was ${shown(change.before)})`;
    return `${shown(change.before)} → ${shown(change.after)}`;
  }
  if (change.before === undefined) return `+ ${where}: ${shown(change.after)}`;
  if (change.after === undefined) return `- ${where}: ${shown(change.before)}`;
  return `${where}: ${shown(change.before)} → ${shown(change.after)}`;
}

/** The part of a field path below its area: readinessProbe.initialDelaySeconds → initialDelaySeconds. */
function shortPath(path: string, area: string): string {
  const anchors: Record<string, RegExp> = {
    labels: /^metadata\.labels\./,
    annotations: /^metadata\.annotations\./,
    "pod labels": /^spec\.template\.metadata\.labels\./,
    "pod annotations": /^spec\.template\.metadata\.annotations\./,
    "pod security context": /^spec\.template\.spec\.securityContext\.?/,
    "container security context": /^.*\.securityContext\.?/,
    "readiness probe": /^.*\.readinessProbe\.?/,
    "liveness probe": /^.*\.livenessProbe\.?/,
    volumes: /^spec\.template\.spec\./,
    "volume mounts": /^.*\.volumeMounts/,
    "volume claim templates": /^spec\.volumeClaimTemplates/,
    environment: /^.*\.containers\[[^\]]+\]\./,
    ports: /^(.*\.containers\[[^\]]+\]\.|spec\.)/,
    arguments: /^.*\.containers\[[^\]]+\]\./,
    resources: /^.*\.resources\.?/,
    lifecycle: /^.*\.lifecycle\.?/,
    image: /^.*\.containers\[[^\]]+\]\./,
    pod: /^spec\.template\.spec\./,
  };
  return path.replace(anchors[area] ?? /^$/, "") || area;
}

function describeResource(diff: ResourceDiff): string[] {
  const title = `${diff.kind} ${diff.name}`;
  if (diff.status === "added") return [`${title}: new${diff.kind === "Service" ? serviceNote(diff) : ""}`];
  if (diff.status === "removed") return [`${title}: no longer rendered; helm upgrade deletes it`];
  const lines = [`${title}:`];
  for (const { area, changes } of diff.areas) {
    if (changes.length === 1) lines.push(`  ${area}: ${changeLine(changes[0] as FieldChange, area)}`);
    else lines.push(`  ${area}:`, ...changes.map((change) => `    ${changeLine(change, area)}`));
  }
  return lines;
}

function serviceNote(diff: ResourceDiff): string {
  const spec = (diff.object.spec ?? {}) as Record<string, unknown>;
  if (spec.clusterIP === "None") {
    return ` (a headless Service for engine discovery; its name is the same for every release, so a second release in this namespace needs additionalResources.service.name or additionalResources.service.create: false)`;
  }
  return "";
}

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
