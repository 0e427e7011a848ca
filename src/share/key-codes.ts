// Short codes for the keys that values files use most, so that a share link of a fully
// customised install stays short: lz-string alone leaves every long key name (such as
// persistentVolumeClaimRetentionPolicy) spelled out once. A key in KEY_CODES becomes "~" and its
// index in base 36; any other key that starts with "~" gets one more "~" in front.
//
// The list is part of the v1 link format: links already shared depend on each index. Append new
// keys at the end; never remove, reorder or rename one (start a v2 format instead).

export const KEY_CODES: readonly string[] = Object.freeze([
  "global", "enabled", "nameOverride", "fullnameOverride", "volumeMountsPostfix", "labels", "nodeSelector",
  "affinity", "engine", "kind", "config", "configJson", "annotations", "args", "env", "name", "value",
  "valueFrom", "resources", "limits", "requests", "claims", "request", "image", "ref", "pullPolicy",
  "imagePullSecrets", "port", "hostPort", "containerPorts", "containerPort", "protocol", "tolerations",
  "key", "operator", "effect", "tolerationSeconds", "priorityClassName", "runtimeClassName",
  "shareProcessNamespace", "terminationGracePeriodSeconds", "securityContext", "runAsNonRoot", "runAsUser",
  "runAsGroup", "fsGroup", "fsGroupChangePolicy", "supplementalGroups", "supplementalGroupsPolicy",
  "seLinuxOptions", "level", "role", "type", "user", "seLinuxChangePolicy", "seccompProfile",
  "localhostProfile", "appArmorProfile", "sysctls", "windowsOptions", "gmsaCredentialSpec",
  "gmsaCredentialSpecName", "hostProcess", "runAsUserName", "containerSecurityContext", "privileged",
  "capabilities", "add", "drop", "readOnlyRootFilesystem", "allowPrivilegeEscalation", "procMount",
  "readinessProbe", "exec", "command", "httpGet", "tcpSocket", "grpc", "initialDelaySeconds",
  "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold", "readinessProbeSettings",
  "livenessProbe", "livenessProbeSettings", "lifecycle", "preStop", "postStart", "newServiceAccount",
  "create", "existingServiceAccount", "hostPath", "dataVolume", "path", "runVolume", "statefulSet",
  "replicas", "podManagementPolicy", "persistentVolumeClaim", "storageClassName", "accessModes", "storage",
  "persistentVolumeClaimRetentionPolicy", "whenDeleted", "whenScaled", "volumes", "volumeMounts",
  "mountPath", "subPath", "subPathExpr", "readOnly", "recursiveReadOnly", "mountPropagation", "sidecars",
  "additionalResources", "rules", "apiGroups", "verbs", "resourceNames", "nonResourceURLs", "roleBinding",
  "service", "magicache", "url", "token", "secretName", "nodeAffinity", "podAffinity", "podAntiAffinity",
  "requiredDuringSchedulingIgnoredDuringExecution", "preferredDuringSchedulingIgnoredDuringExecution",
  "nodeSelectorTerms", "matchExpressions", "matchFields", "matchLabels", "labelSelector",
  "namespaceSelector", "namespaces", "topologyKey", "weight", "preference", "podAffinityTerm", "values",
  "configMap", "secret", "emptyDir", "claimName", "items", "defaultMode", "optional", "sizeLimit", "medium",
  "projected", "sources", "csi", "driver", "volumeAttributes", "downwardAPI", "fieldRef", "fieldPath",
  "apiVersion", "secretKeyRef", "configMapKeyRef", "resourceFieldRef", "containerName", "divisor", "ports",
  "envFrom", "secretRef", "configMapRef", "prefix", "imagePullPolicy", "workingDir", "scheme", "host",
  "httpHeaders", "sleep", "seconds", "mode", "ephemeral", "volumeClaimTemplate", "spec", "metadata", "cpu",
  "memory", "ephemeral-storage", "app.kubernetes.io/name", "app.kubernetes.io/component",
  "app.kubernetes.io/part-of", "kubernetes.io/os", "kubernetes.io/arch", "kubernetes.io/hostname",
  "topology.kubernetes.io/zone", "node.kubernetes.io/instance-type", "nvidia.com/gpu", "restartPolicy",
  "startupProbe", "stdin", "tty",
  // Added with the drop-in successor's keys (chart 0.5.0).
  "serviceName", "repository", "tag", "readinessProbeCommand",
]);

const CODE_OF = new Map(KEY_CODES.map((key, index) => [key, `~${index.toString(36)}`]));

/** The same data with keys replaced by their codes. */
export function encodeKeys(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(encodeKeys);
  if (data === null || typeof data !== "object") return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [CODE_OF.get(key) ?? (key.startsWith("~") ? `~${key}` : key), encodeKeys(value)]),
  );
}

/** The data encodeKeys was given; throws a KeyCodeError for a code this list does not have. */
export function decodeKeys(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(decodeKeys);
  if (data === null || typeof data !== "object") return data;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [decodeKey(key), decodeKeys(value)]));
}

export class KeyCodeError extends Error {
  override name = "KeyCodeError";
}

function decodeKey(key: string): string {
  if (!key.startsWith("~")) return key;
  if (key.startsWith("~~")) return key.slice(1);
  const index = /^~[0-9a-z]+$/.test(key) ? Number.parseInt(key.slice(1), 36) : Number.NaN;
  const decoded = KEY_CODES[index];
  if (decoded === undefined) throw new KeyCodeError(`"${key}" is not a key code of this format`);
  return decoded;
}
