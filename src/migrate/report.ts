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

/** The report printed on standard error. */
export function migrationReport(migration: Migration): string {
  const { upstream, release } = migration;
  const title = `${UPSTREAM_TITLES[upstream.chart].split(" (")[0]} ${upstream.version}`;
  const out: string[] = [
    `Migrating release "${release.releaseName}" (namespace ${release.namespace}) from ${title} to ${CHART.name} ${CHART.version}.`,
    "",
  ];
  if (migration.removed.length || migration.pins.length) {
    out.push("Changes to the values (the rest is kept as written, comments included):");
    for (const key of migration.removed) {
      const ours = key.problem ? `our chart refuses it (${key.problem})` : "our chart would act on it";
      out.push(`  - ${key.path} removed: ${title} never read it, so it had no effect there, and ${ours}.`);
    }
    for (const pin of migration.pins) out.push(`  - ${pin.note}`);
    out.push("");
  } else out.push("The values need no change.", "");

  const refused = migration.findings.filter((finding) => finding.severity === "refused");
  if (refused.length) {
    out.push("helm upgrade would FAIL: the API server refuses to change these fields:");
    for (const finding of refused) out.push(`  - ${finding.kind} ${finding.name} ${finding.field}: ${shown(finding.before)} → ${shown(finding.after)}. ${finding.message}`);
  } else if (migration.findings.length) {
    out.push("helm upgrade goes through, but not in place:");
    for (const finding of migration.findings) out.push(`  - ${finding.message}`);
  } else {
    out.push("helm upgrade goes through in place: the workload keeps its kind, name, selector and immutable fields, and the cache stays where it is.");
  }
  out.push("");

  if (migration.diff.length) {
    out.push(`What changes in the cluster (${title} → ${CHART.name} ${CHART.version} with the values above):`);
    for (const diff of migration.diff) out.push(...describeResource(diff).map((line) => `  ${line}`));
    if (migration.diff.some((diff) => diff.areas.some((area) => area.area.startsWith("pod ") || area.area === "containers"))) {
      out.push("  The engine pods' template changes, so the engines restart one by one (as on any chart upgrade).");
    }
  } else out.push("Nothing else changes in the rendered resources.");
  if (migration.notes.length) out.push("", ...migration.notes.map((note) => `Note: ${note}`));
  return `${out.join("\n")}\n`;
}
