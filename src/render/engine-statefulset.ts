// Twin of chart/dagger-helm/templates/engine-statefulset.yaml.
import type { KubeObject, RenderContext } from "./context";
import { podTemplate } from "./engine-pod";
import { metadata, selectorLabels } from "./labels";
import { engineName } from "./names";

export function engineStatefulSet(ctx: RenderContext): KubeObject | undefined {
  const engine = ctx.values.engine;
  if (engine.kind !== "StatefulSet") return undefined;
  const { statefulSet } = engine;
  const claim = statefulSet.persistentVolumeClaim;
  const spec: KubeObject = {
    replicas: statefulSet.replicas,
    podManagementPolicy: statefulSet.podManagementPolicy,
    serviceName: ctx.values.additionalResources.service.name,
    selector: { matchLabels: selectorLabels(ctx) },
    template: podTemplate(ctx),
  };
  if (claim.enabled) {
    const { whenDeleted, whenScaled } = statefulSet.persistentVolumeClaimRetentionPolicy;
    spec.persistentVolumeClaimRetentionPolicy = { whenDeleted, whenScaled };
    const claimSpec: KubeObject = { accessModes: claim.accessModes };
    if (claim.storageClassName) claimSpec.storageClassName = claim.storageClassName;
    claimSpec.resources = { requests: { storage: claim.resources.requests.storage } };
    spec.volumeClaimTemplates = [
      {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: "data", labels: selectorLabels(ctx) },
        spec: claimSpec,
      },
    ];
  }
  return { apiVersion: "apps/v1", kind: "StatefulSet", metadata: metadata(ctx, engineName(ctx)), spec };
}
