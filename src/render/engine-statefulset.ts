// Twin of chart/dagger-helm/templates/engine-statefulset.yaml.
import type { IStatefulSetSpec } from "kubernetes-models/apps/v1/StatefulSetSpec";
import type { IPersistentVolumeClaimSpec } from "kubernetes-models/v1/PersistentVolumeClaimSpec";
import type { StatefulSet } from "./chart-objects";
import type { RenderContext } from "./context";
import { podTemplate } from "./engine-pod";
import { metadata, workloadSelector } from "./labels";
import { engineName } from "./names";

type StatefulSetValues = RenderContext["values"]["engine"]["statefulSet"];
type ClaimTemplate = NonNullable<IStatefulSetSpec["volumeClaimTemplates"]>[number];

/** The claim template named "data": its name and spec only, as both upstream charts write it. */
function dataClaim(claim: StatefulSetValues["persistentVolumeClaim"]): ClaimTemplate {
  const spec: IPersistentVolumeClaimSpec = {};
  if (claim.storageClassName) spec.storageClassName = claim.storageClassName;
  spec.accessModes = claim.accessModes;
  spec.resources = claim.resources;
  return { metadata: { name: "data" }, spec };
}

/**
 * The StatefulSet. Its selector, serviceName, podManagementPolicy and volumeClaimTemplates cannot
 * change after install, so they are written exactly as dagger's chart and the fork write them for
 * the same values: no serviceName unless asked, and a claim template of name and spec only.
 */
export function engineStatefulSet(ctx: RenderContext): StatefulSet | undefined {
  const engine = ctx.values.engine;
  if (engine.kind !== "StatefulSet") return undefined;
  const { statefulSet } = engine;
  const claim = statefulSet.persistentVolumeClaim;
  const head: Omit<IStatefulSetSpec, "selector" | "template"> = { replicas: statefulSet.replicas, podManagementPolicy: statefulSet.podManagementPolicy };
  if (statefulSet.serviceName) head.serviceName = statefulSet.serviceName;
  // The pod template before the selector, as the template writes it (out of reach of Helm's trim).
  const spec: IStatefulSetSpec = { ...head, template: podTemplate(ctx), selector: { matchLabels: workloadSelector(ctx) } };
  if (claim.enabled) {
    const { whenDeleted, whenScaled } = statefulSet.persistentVolumeClaimRetentionPolicy;
    spec.persistentVolumeClaimRetentionPolicy = { whenDeleted, whenScaled };
    spec.volumeClaimTemplates = [dataClaim(claim)];
  }
  return { apiVersion: "apps/v1", kind: "StatefulSet", metadata: metadata(ctx, engineName(ctx)), spec };
}
