// The RBAC a CI job's service account needs to reach the engine through kube-pod://, which runs
// `kubectl exec -i <pod> -c dagger-engine -- buildctl dial-stdio` (dagger's kubepod connhelper):
// get on the pod (kubectl reads it first), list to find a DaemonSet's pod, and create on
// pods/exec (get too, which WebSocket exec requests of older API servers were authorized as).
import type { KubeObject } from "../render/context";
import type { EngineEndpoints } from "./endpoints";

export interface ClientAccount {
  /** The service account the CI jobs run as. */
  name: string;
  /** Its namespace: the engine's when empty. */
  namespace?: string;
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why a service account name or namespace cannot be used, or undefined when both are valid. */
export function clientAccountProblem(account: ClientAccount): string | undefined {
  if (!account.name) return "Name the service account your CI jobs run as.";
  if (account.name.length > 253 || !DNS_SUBDOMAIN.test(account.name)) {
    return `The service account name "${account.name}" is not valid in Kubernetes: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.`;
  }
  const namespace = account.namespace ?? "";
  if (namespace && (namespace.length > 63 || !DNS_LABEL.test(namespace))) {
    return `The namespace "${namespace}" is not valid in Kubernetes: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.`;
  }
  return undefined;
}

/** The name of the client Role and RoleBinding: <workload>-client (<fullname>-engine-client). */
export function clientRoleName(endpoints: EngineEndpoints): string {
  return `${endpoints.workload}-client`;
}

/** The Role and RoleBinding, in the engine's namespace, that let the account connect through kube-pod://. */
export function clientRbac(endpoints: EngineEndpoints, account: ClientAccount): [role: KubeObject, binding: KubeObject] {
  const problem = clientAccountProblem(account);
  if (problem) throw new Error(problem);
  const name = clientRoleName(endpoints);
  const metadata = { name, namespace: endpoints.namespace, labels: { ...endpoints.podLabels, "app.kubernetes.io/component": "engine-client" } };
  const exec: KubeObject = { apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] };
  // A StatefulSet's pods have known names: allow exec into those alone.
  if (endpoints.kind === "StatefulSet" && endpoints.replicas) {
    exec.resourceNames = Array.from({ length: endpoints.replicas }, (_, index) => `${endpoints.workload}-${index}`);
  }
  const role = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "Role",
    metadata,
    rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }, exec],
  };
  const binding = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata,
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
    subjects: [{ kind: "ServiceAccount", name: account.name, namespace: account.namespace || endpoints.namespace }],
  };
  return [role, binding];
}
