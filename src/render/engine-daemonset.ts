// Twin of chart/dagger-helm/templates/engine-daemonset.yaml.
import type { DaemonSet } from "./chart-objects";
import type { RenderContext } from "./context";
import { podTemplate } from "./engine-pod";
import { metadata, workloadSelector } from "./labels";
import { engineName } from "./names";

export function engineDaemonSet(ctx: RenderContext): DaemonSet | undefined {
  if (ctx.values.engine.kind !== "DaemonSet") return undefined;
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: metadata(ctx, engineName(ctx)),
    // The pod template before the selector, as the template writes it (out of reach of Helm's trim).
    spec: { template: podTemplate(ctx), selector: { matchLabels: workloadSelector(ctx) } },
  };
}
