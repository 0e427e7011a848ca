// Twins of chart/dagger-helm/templates/role.yaml and rolebinding.yaml.
import type { Role, RoleBinding } from "./chart-objects";
import type { RenderContext } from "./context";
import { metadata } from "./labels";
import { fullname, serviceAccountName } from "./names";

export function role(ctx: RenderContext): Role | undefined {
  const { role } = ctx.values.additionalResources;
  if (!role.create) return undefined;
  // The rules before the metadata, as the template writes them (out of reach of Helm's trim).
  return { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", rules: role.rules, metadata: metadata(ctx, fullname(ctx)) };
}

export function roleBinding(ctx: RenderContext): RoleBinding | undefined {
  if (!ctx.values.additionalResources.roleBinding.create) return undefined;
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: metadata(ctx, fullname(ctx)),
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: fullname(ctx) },
    subjects: [{ kind: "ServiceAccount", name: serviceAccountName(ctx), namespace: ctx.release.namespace }],
  };
}
