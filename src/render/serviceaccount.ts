// Twin of chart/dagger-helm/templates/serviceaccount.yaml.
import { truthy, type KubeObject, type RenderContext } from "./context";
import { metadata } from "./labels";
import { serviceAccountName } from "./names";

export function serviceAccount(ctx: RenderContext): KubeObject | undefined {
  const account = ctx.values.engine.newServiceAccount;
  if (!account.create) return undefined;
  const meta = metadata(ctx, serviceAccountName(ctx));
  if (truthy(account.annotations)) meta.annotations = account.annotations;
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: meta };
}
