// The Kubernetes kinds the chart renders, in kubernetes-models' types. Types only (`import type`,
// enforced by lint): the package's classes and validators never reach the wizard or the CLI.
import type { IDaemonSet } from "kubernetes-models/apps/v1/DaemonSet";
import type { IStatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { IRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/Role";
import type { IRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding";
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { ISecret } from "kubernetes-models/v1/Secret";
import type { IService } from "kubernetes-models/v1/Service";
import type { IServiceAccount } from "kubernetes-models/v1/ServiceAccount";

/**
 * A kind as an object type alias rather than kubernetes-models' interface: TypeScript lets an
 * alias, not an interface, stand for plain data (Record<string, unknown>), which is how the
 * upgrade and migration checks read rendered and deployed objects alike.
 */
type Kind<T> = { [K in keyof T]: T[K] };

export type ConfigMap = Kind<IConfigMap>;
export type DaemonSet = Kind<IDaemonSet>;
export type NetworkPolicy = Kind<INetworkPolicy>;
export type Role = Kind<IRole>;
export type RoleBinding = Kind<IRoleBinding>;
export type Secret = Kind<ISecret>;
export type Service = Kind<IService>;
export type ServiceAccount = Kind<IServiceAccount>;
export type StatefulSet = Kind<IStatefulSet>;

/** Every object the chart renders. */
export type ChartObject = ConfigMap | DaemonSet | NetworkPolicy | Role | RoleBinding | Secret | Service | ServiceAccount | StatefulSet;
export type ChartKind = ChartObject["kind"];
export type ObjectOfKind<K extends ChartKind> = Extract<ChartObject, { kind: K }>;

/** The metadata every object carries. */
export type ObjectMeta = NonNullable<ChartObject["metadata"]>;

/** Whether a rendered object is of that kind, narrowing its type. */
export function isKind<K extends ChartKind>(object: ChartObject, kind: K): object is ObjectOfKind<K> {
  return object.kind === kind;
}
