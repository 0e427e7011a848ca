// The review step's summary: the choices that shape an install, in words.
import { CHART, podSecurityLevel, type TValues } from "../../../src";
import type { TFieldPath } from "../../fields/field-path";

export interface TSummaryRow {
  label: string;
  value: string;
  /** The field to jump to. */
  path: TFieldPath;
}

function quantity(value: unknown): string | undefined {
  return value === undefined || value === null || value === "" ? undefined : String(value);
}

export function summaryRows(values: TValues, release: { name: string; namespace: string }): TSummaryRow[] {
  const { engine } = values;
  const statefulSet = engine.kind === "StatefulSet";
  const claim = engine.statefulSet.persistentVolumeClaim;
  const retention = engine.statefulSet.persistentVolumeClaimRetentionPolicy;
  const rows: TSummaryRow[] = [
    { label: "Release", value: `${release.name} in namespace ${release.namespace}`, path: "release.name" },
    { label: "Engine image", value: `${engine.image.ref || `registry.dagger.io/engine:v${CHART.appVersion}`} (${engine.image.pullPolicy})`, path: "engine.image" },
    {
      label: "Deployment",
      value: statefulSet ? `StatefulSet, ${engine.statefulSet.replicas} ${engine.statefulSet.replicas === 1 ? "engine" : "engines"} (${engine.statefulSet.podManagementPolicy})` : "DaemonSet, one engine per node",
      path: "engine.kind",
    },
  ];
  const dataOnClaim = statefulSet && claim.enabled;
  rows.push({
    label: "Engine cache",
    value: dataOnClaim
      ? `PersistentVolumeClaim of ${claim.resources.requests.storage} (${claim.storageClassName || "default storage class"}, ${claim.accessModes.join(", ")}); on delete: ${retention.whenDeleted}, on scale-down: ${retention.whenScaled}`
      : engine.hostPath.dataVolume.enabled
        ? `Host directory ${engine.hostPath.dataVolume.path || "/var/lib/dagger-<fullname>"}${values.volumeMountsPostfix ? `-${values.volumeMountsPostfix}` : ""}`
        : "emptyDir: lost when the pod restarts",
    path: dataOnClaim ? "engine.statefulSet.persistentVolumeClaim.enabled" : "engine.hostPath.dataVolume.enabled",
  });
  const account = engine.newServiceAccount.create ? `new: ${engine.newServiceAccount.name || "<fullname>"}` : engine.existingServiceAccount.name || "default";
  const rbac = values.additionalResources.role.create ? `, Role with ${values.additionalResources.role.rules.length} ${values.additionalResources.role.rules.length === 1 ? "rule" : "rules"}${values.additionalResources.roleBinding.create ? " bound to it" : " (not bound)"}` : "";
  rows.push({ label: "Service account", value: account + rbac, path: "engine.newServiceAccount.create" });
  rows.push({ label: "Pod Security level", value: podSecurityLevel(values).level, path: "engine.containerSecurityContext.privileged" });
  const ports = engine.containerPorts?.length ? engine.containerPorts.map((p) => `${p.name}:${p.containerPort}`).join(", ") : engine.port ? `TCP ${engine.port}` : "unix socket only";
  rows.push({ label: "Engine listens on", value: ports + (engine.port || engine.containerPorts?.length ? ` (Service ${values.service.type})` : ""), path: "engine.port" });
  const discovery = values.additionalResources.service;
  rows.push({ label: "Discovery Service", value: discovery.create ? `${discovery.name}, port ${discovery.port}` : "none", path: "additionalResources.service.create" });
  rows.push({ label: "Magicache", value: values.magicache.enabled ? values.magicache.url : "off", path: "magicache.enabled" });
  const requests = engine.resources?.requests ?? {};
  const limits = engine.resources?.limits ?? {};
  const res = [
    quantity(requests.cpu) && `CPU ${quantity(requests.cpu)}`,
    quantity(requests.memory) && `memory ${quantity(requests.memory)}`,
    quantity(limits.cpu) && `CPU limit ${quantity(limits.cpu)}`,
    quantity(limits.memory) && `memory limit ${quantity(limits.memory)}`,
  ].filter(Boolean);
  rows.push({ label: "Resources", value: res.length ? res.join(", ") : "no requests or limits", path: "engine.resources.requests.cpu" });
  rows.push({ label: "Node selector", value: nodeSelectorText(values), path: "engine.nodeSelector" });
  rows.push({ label: "Tolerations", value: tolerationsText(engine.tolerations ?? []), path: "engine.tolerations" });
  return rows;
}

/** The labels a node must have, as the chart merges them: the top-level nodeSelector under engine.nodeSelector. */
function nodeSelectorText(values: TValues): string {
  const merged = { ...(values.nodeSelector ?? {}), ...(values.engine.nodeSelector ?? {}) };
  const pairs = Object.entries(merged).map(([key, value]) => `${key}=${String(value)}`);
  return pairs.length ? pairs.join(", ") : "any node";
}

function tolerationsText(tolerations: NonNullable<TValues["engine"]["tolerations"]>): string {
  if (!tolerations.length) return "none";
  return tolerations
    .map(({ key, operator, value, effect, tolerationSeconds }) => {
      const what = operator === "Exists" ? (key ? `${key} (any value)` : "every taint") : `${key ?? ""}=${value ?? ""}`;
      const seconds = tolerationSeconds !== undefined ? ` for ${tolerationSeconds}s` : "";
      return `${what}: ${effect ?? "any effect"}${seconds}`;
    })
    .join("; ");
}
