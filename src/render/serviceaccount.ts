// Twin of chart/dagger-helm/templates/serviceaccount.yaml.
import type { ServiceAccount } from "./chart-objects";
import { mapOf, truthy, type RenderContext } from "./context";
import { metadata } from "./labels";
import { serviceAccountName } from "./names";

export function serviceAccount(ctx: RenderContext): ServiceAccount | undefined {
  const account = ctx.values.engine.newServiceAccount;
  if (!account.create) return undefined;
  const { labels, ...meta } = metadata(ctx, serviceAccountName(ctx));
  // The annotations before the labels, as the template writes them (out of reach of Helm's trim).
  const annotations = truthy(account.annotations) ? { annotations: mapOf(account.annotations) } : {};
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: { ...meta, ...annotations, labels } };
}
