// The wizard's steps by id, in order, and which step edits which values path; the review step's
// links and the shell's stepper use them.
import type { ValuePath } from "../../src";

export const STEP_IDS = ["release", "kind", "storage", "security", "engine", "scheduling", "connect", "review"] as const;
export type TStepId = (typeof STEP_IDS)[number];

/** Values path prefixes and the step whose form has their fields; the longest prefix wins. */
const FIELD_STEPS: [prefix: ValuePath | "release", step: TStepId][] = [
  ["release", "release"],
  ["nameOverride", "release"],
  ["fullnameOverride", "release"],
  ["labels", "release"],
  ["engine.image", "release"],
  ["engine.imagePullSecrets", "release"],
  ["engine.kind", "kind"],
  ["engine.statefulSet", "kind"],
  ["engine.statefulSet.persistentVolumeClaim", "storage"],
  ["engine.statefulSet.persistentVolumeClaimRetentionPolicy", "storage"],
  ["engine.hostPath", "storage"],
  ["volumeMountsPostfix", "storage"],
  ["engine.securityContext", "security"],
  ["engine.containerSecurityContext", "security"],
  ["engine.newServiceAccount", "security"],
  ["engine.existingServiceAccount", "security"],
  ["additionalResources.role", "security"],
  ["additionalResources.roleBinding", "security"],
  ["engine.config", "engine"],
  ["engine.configJson", "engine"],
  ["engine.args", "engine"],
  ["engine.env", "engine"],
  ["engine.labels", "engine"],
  ["engine.annotations", "engine"],
  ["engine.port", "engine"],
  ["engine.hostPort", "engine"],
  ["engine.containerPorts", "engine"],
  ["service", "engine"],
  ["service.sessionAffinity", "connect"],
  ["service.internalTrafficPolicy", "connect"],
  ["networkPolicy", "connect"],
  ["additionalResources.service", "engine"],
  ["magicache", "engine"],
  ["engine", "scheduling"],
  ["nodeSelector", "scheduling"],
  ["affinity", "scheduling"],
];

function covers(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The step that edits a values path (or "release.name"); the review step for anything else. */
export function stepForPath(path: string): TStepId {
  let best: [string, TStepId] | undefined;
  for (const entry of FIELD_STEPS) {
    if (covers(entry[0], path) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1] ?? "review";
}
