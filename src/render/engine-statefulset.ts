// Twin of chart/dagger-helm/templates/engine-statefulset.yaml.
import type { KubeObject, RenderContext } from "./context";
import { podTemplate } from "./engine-pod";
import { metadata, workloadSelector } from "./labels";
import { engineName } from "./names";

/**
 * The StatefulSet. Its selector, serviceName, podManagementPolicy and volumeClaimTemplates cannot
 * change after install, so they are written exactly as dagger's chart and the fork write them for
 * the same values: no serviceName unless asked, and a claim template of name and spec only.
 */
export function engineStatefulSet(ctx: RenderContext): KubeObject | undefined {
  const engine = ctx.values.engine;
  if (engine.kind !== "StatefulSet") return undefined;
  const { statefulSet } = engine;
  const claim = statefulSet.persistentVolumeClaim;
  const spec: KubeObject = { replicas: statefulSet.replicas, podManagementPolicy: statefulSet.podManagementPolicy };
  if (statefulSet.serviceName) spec.serviceName = statefulSet.serviceName;
  spec.selector = { matchLabels: workloadSelector(ctx) };
  spec.template = podTemplate(ctx);
  if (claim.enabled) {
    const { whenDeleted, whenScaled } = statefulSet.persistentVolumeClaimRetentionPolicy;
    spec.persistentVolumeClaimRetentionPolicy = { whenDeleted, whenScaled };
    const claimSpec: KubeObject = {};
    if (claim.storageClassName) claimSpec.storageClassName = claim.storageClassName;
    claimSpec.accessModes = claim.accessModes;
    claimSpec.resources = claim.resources;
    spec.volumeClaimTemplates = [{ metadata: { name: "data" }, spec: claimSpec }];
  }
  return { apiVersion: "apps/v1", kind: "StatefulSet", metadata: metadata(ctx, engineName(ctx)), spec };
}
