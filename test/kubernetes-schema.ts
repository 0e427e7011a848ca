// Checks a rendered object as the API server would: against the OpenAPI schema of its kind (the
// kubernetes-models package), plus the name and label rules that the schema does not carry.
import { DaemonSet, StatefulSet } from "kubernetes-models/apps/v1";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { Role, RoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1";
import { ConfigMap, Secret, Service, ServiceAccount } from "kubernetes-models/v1";

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: never) => Validatable;

/** Every kind the chart renders, by apiVersion and kind. */
export const CHART_KINDS: Record<string, ModelClass> = {
  "apps/v1/DaemonSet": DaemonSet,
  "apps/v1/StatefulSet": StatefulSet,
  "v1/Service": Service,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/ServiceAccount": ServiceAccount,
  "rbac.authorization.k8s.io/v1/Role": Role,
  "rbac.authorization.k8s.io/v1/RoleBinding": RoleBinding,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
};

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Throws with every problem of a rendered object: its OpenAPI schema, its name (a DNS label of at
 * most 63 characters, 52 for a StatefulSet whose revision label appends 11) and its labels.
 */
export function validateKubernetesObject(object: Record<string, unknown>): void {
  const key = `${String(object.apiVersion)}/${String(object.kind)}`;
  const Model = CHART_KINDS[key];
  if (!Model) throw new Error(`${key}: not a kind this chart renders`);
  new Model(object as never).validate();
  const problems = [...nameProblems(object), ...labelProblems(object)];
  if (problems.length) throw new Error(`${key}: ${problems.join("; ")}`);
}

/**
 * Name limits by kind: a Service's name is a DNS label (63); the engine workloads' names end up
 * in pod host names and labels (63; 52 for a StatefulSet, whose revision label appends 11);
 * ConfigMaps, Secrets, ServiceAccounts and RBAC objects take DNS subdomains of up to 253.
 */
const NAME_LIMITS: Record<string, number> = { Service: 63, DaemonSet: 63, StatefulSet: 52 };
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function nameProblems(object: Record<string, unknown>): string[] {
  const name = String((object.metadata as { name?: unknown } | undefined)?.name ?? "");
  const limit = NAME_LIMITS[String(object.kind)] ?? 253;
  const pattern = limit === 253 ? DNS_SUBDOMAIN : DNS_LABEL;
  const problems: string[] = [];
  if (!pattern.test(name)) problems.push(`metadata.name ${JSON.stringify(name)} is not a DNS ${limit === 253 ? "subdomain" : "label"}`);
  if (name.length > limit) problems.push(`metadata.name ${JSON.stringify(name)} is longer than ${limit}`);
  return problems;
}

/**
 * Label maps of the object: its own, its selector's, its pod template's, its claims' and its node
 * selector (which the API server checks as labels too).
 */
function labelMaps(object: Record<string, unknown>): [string, unknown][] {
  type Part = { metadata?: { labels?: unknown }; matchLabels?: unknown; spec?: { nodeSelector?: unknown } };
  const spec = (object.spec ?? {}) as Record<string, Part>;
  const maps: [string, unknown][] = [["metadata.labels", (object.metadata as { labels?: unknown } | undefined)?.labels]];
  if (object.kind === "Service") maps.push(["spec.selector", spec.selector]);
  else maps.push(["spec.selector.matchLabels", spec.selector?.matchLabels]);
  maps.push(["spec.template.metadata.labels", spec.template?.metadata?.labels]);
  maps.push(["spec.template.spec.nodeSelector", spec.template?.spec?.nodeSelector]);
  const claims = (spec.volumeClaimTemplates ?? []) as unknown as { metadata?: { labels?: unknown } }[];
  claims.forEach((claim, index) => maps.push([`spec.volumeClaimTemplates[${index}].metadata.labels`, claim.metadata?.labels]));
  return maps;
}

function labelProblems(object: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [where, labels] of labelMaps(object)) {
    for (const [name, value] of Object.entries((labels ?? {}) as Record<string, unknown>)) {
      if (!validLabelName(name)) problems.push(`${where}: ${JSON.stringify(name)} is not a valid label name`);
      if (typeof value !== "string" || value.length > 63 || !LABEL_VALUE.test(value)) {
        problems.push(`${where}.${name}: ${JSON.stringify(value)} is not a valid label value`);
      }
    }
  }
  return problems;
}

/** [prefix/]name, the prefix a DNS subdomain of at most 253 and the name at most 63 characters. */
function validLabelName(label: string): boolean {
  const slash = label.lastIndexOf("/");
  const prefix = slash >= 0 ? label.slice(0, slash) : undefined;
  const name = label.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !LABEL_PREFIX.test(prefix))) return false;
  return name.length <= 63 && LABEL_NAME.test(name);
}
