// The rendered differences between what runs and what an upgrade applies, in plain lines: one
// block per resource, its changes grouped under names a user knows (labels, probes, volumes).
import { plainScalar } from "../migrate/upstream/printed";
import type { FieldChange, ResourceDiff } from "./render-diff";

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

export function describeResource(diff: ResourceDiff): string[] {
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
