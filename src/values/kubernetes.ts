// Schemas for the Kubernetes objects that the chart passes through (EnvVar, Probe, Volume, ...).
// Typed where users make typos that Kubernetes would only catch at apply time (security contexts,
// probes, mounts); open where the object is large and Kubernetes validates it anyway (volumes,
// sidecars, affinity).
import "./zod-setup";
import { z } from "zod";

const name = z.string().min(1, "must not be empty");
const openObject = z.record(z.string(), z.unknown());

/** A DNS-1123 label: lower-case letters, digits and '-', starting and ending alphanumeric. */
export const dnsLabel = z
  .string()
  .max(63, "must be at most 63 characters")
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit");

/** An IANA service name, as Kubernetes requires for named container and Service ports. */
export const portName = z
  .string()
  .max(15, "must be at most 15 characters")
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be lower-case letters, digits and '-', starting and ending with a letter or digit")
  .regex(/[a-z]/, "must contain at least one letter");

export const portNumber = z.number().int().min(1).max(65535);

/** String maps with any keys: env-like data the chart passes through. */
const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;

/** A label or annotation key: an optional DNS prefix and '/', then a name of at most 63 characters. */
export const qualifiedName = z
  .string()
  .max(317)
  .regex(QUALIFIED_NAME, "must be a Kubernetes key such as example.com/team: letters, digits, '-', '_' and '.', at most 63 after an optional prefix/");

/** Labels, as Kubernetes accepts them: values of at most 63 letters, digits, '-', '_' and '.'. */
export const labelMap = z.record(
  qualifiedName,
  z.string().regex(LABEL_VALUE, "must be a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric (quote values such as \"yes\" or \"0755\")"),
);

/** Annotations: Kubernetes keys, any text as values. */
export const annotationMap = z.record(qualifiedName, z.string());

/**
 * A map that also accepts an empty list, as every upstream values.yaml writes `annotations: []`:
 * Helm's templates treat both as empty.
 */
export function orEmptyList<T extends z.ZodType>(map: T) {
  return z.union([map, z.array(z.never()).max(0, "must be a mapping of keys to values (an empty list [] is read as an empty mapping)")]);
}

export const ZEnvVar = z.strictObject({
  name,
  value: z.string().optional(),
  valueFrom: openObject.optional(),
});

export const ZLocalObjectReference = z.strictObject({ name });

const optionalReference = z.strictObject({ name, optional: z.boolean().optional() });
/** An EnvFromSource: every key of a ConfigMap or Secret as environment variables. */
export const ZEnvFromSource = z.strictObject({
  prefix: z.string().optional(),
  configMapRef: optionalReference.optional(),
  secretRef: optionalReference.optional(),
});

export const ZToleration = z.strictObject({
  key: z.string().optional(),
  operator: z.enum(["Exists", "Equal"]).optional(),
  value: z.string().optional(),
  effect: z.enum(["NoSchedule", "PreferNoSchedule", "NoExecute"]).optional(),
  tolerationSeconds: z.number().int().optional(),
});

const seconds = z.number().int().min(0).max(999999);
const positive = z.number().int().min(1).max(999999);

const handlers = {
  exec: z.strictObject({ command: z.array(z.string()).optional() }).optional(),
  httpGet: z.looseObject({ port: z.union([portNumber, portName]) }).optional(),
  tcpSocket: z.looseObject({ port: z.union([portNumber, portName]) }).optional(),
  grpc: z.looseObject({ port: portNumber }).optional(),
};

/** The handler keys of a Probe; a probe has exactly one. */
export const PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"] as const;

export const ZProbe = z.strictObject({
  ...handlers,
  initialDelaySeconds: seconds.optional(),
  timeoutSeconds: positive.optional(),
  periodSeconds: positive.optional(),
  successThreshold: positive.optional(),
  failureThreshold: positive.optional(),
  terminationGracePeriodSeconds: positive.optional(),
});

export const ZLifecycleHandler = z.looseObject({});
/** A hook left empty (`preStop:` with its example commented out, as dagger's values.yaml has it) renders nothing. */
export const ZLifecycle = z.strictObject({
  preStop: ZLifecycleHandler.nullable().optional(),
  postStart: ZLifecycleHandler.nullable().optional(),
});

/**
 * A quantity as Kubernetes parses it (k8s.io/apimachinery, resource.Quantity):
 *   <quantity> ::= <signedNumber><suffix>, <number> ::= <digits> | <digits>.<digits> | <digits>. | .<digits>,
 *   <suffix> ::= <binarySI> (Ki Mi Gi Ti Pi Ei) | <decimalSI> (n u m "" k M G T P E) | e or E and a signed integer.
 * Resources and storage sizes cannot be negative, so the sign may only be '+'.
 */
const QUANTITY = /^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][-+]?[0-9]+)?$/;
const QUANTITY_HELP = "must be a Kubernetes quantity such as 250m, 0.5, 512Mi, 1Ti or 1e3: a number, or digits and a unit (n u m k M G T P E, Ki Mi Gi Ti Pi Ei, or e and an exponent)";

/** A resource amount or storage size: a number, or text in Kubernetes' quantity grammar. */
/** A quantity written as a string, as a volume size is (Kubernetes' grammar, quantity.go). */
export const quantityString = z.string({ error: QUANTITY_HELP }).regex(QUANTITY, QUANTITY_HELP);

export const quantity = z.union([
  quantityString,
  z.number().min(0, "must not be negative"),
]);

export const ZResources = z.strictObject({
  limits: z.record(z.string(), quantity).optional(),
  requests: z.record(z.string(), quantity).optional(),
  claims: z.array(z.strictObject({ name, request: z.string().optional() })).optional(),
});

const seLinuxOptions = z.strictObject({
  level: z.string().optional(),
  role: z.string().optional(),
  type: z.string().optional(),
  user: z.string().optional(),
});
const profile = z.strictObject({
  type: z.enum(["RuntimeDefault", "Unconfined", "Localhost"]),
  localhostProfile: z.string().optional(),
});
const windowsOptions = z.strictObject({
  gmsaCredentialSpec: z.string().optional(),
  gmsaCredentialSpecName: z.string().optional(),
  hostProcess: z.boolean().optional(),
  runAsUserName: z.string().optional(),
});
const id = z.number().int().min(0).max(2147483647);

export const ZPodSecurityContext = z.strictObject({
  runAsNonRoot: z.boolean().optional().describe("Require the containers to run as a non-root user. Must stay false: the engine runs as root."),
  runAsUser: id.optional().describe("User ID of the pod's processes. 0 (root) is needed for cgroup access."),
  runAsGroup: id.optional().describe("Group ID of the pod's processes."),
  fsGroup: id.optional().describe("Group that owns mounted volumes."),
  fsGroupChangePolicy: z.enum(["OnRootMismatch", "Always"]).optional().describe("When to change volume ownership to fsGroup; OnRootMismatch skips large caches that are already right."),
  supplementalGroups: z.array(id).optional(),
  supplementalGroupsPolicy: z.enum(["Merge", "Strict"]).optional(),
  seLinuxOptions: seLinuxOptions.optional(),
  seLinuxChangePolicy: z.enum(["MountOption", "Recursive"]).optional(),
  seccompProfile: profile.optional(),
  appArmorProfile: profile.optional(),
  sysctls: z.array(z.strictObject({ name, value: z.string() })).optional(),
  windowsOptions: windowsOptions.optional(),
});

export const ZContainerSecurityContext = z.strictObject({
  privileged: z.boolean().optional().describe("Run the engine privileged. Required: the engine runs containers itself and must manage cgroups and mounts."),
  capabilities: z
    .strictObject({ add: z.array(z.string()).optional(), drop: z.array(z.string()).optional() })
    .optional()
    .describe("Linux capabilities to add or drop."),
  readOnlyRootFilesystem: z.boolean().optional().describe("Mount the root filesystem read-only. Must stay false: the engine writes to system directories."),
  allowPrivilegeEscalation: z.boolean().optional(),
  runAsNonRoot: z.boolean().optional(),
  runAsUser: id.optional(),
  runAsGroup: id.optional(),
  procMount: z.enum(["Default", "Unmasked"]).optional(),
  seLinuxOptions: seLinuxOptions.optional(),
  seccompProfile: profile.optional(),
  appArmorProfile: profile.optional(),
  windowsOptions: windowsOptions.optional(),
});

export const ZVolume = z.looseObject({ name });
export const ZVolumeMount = z.strictObject({
  name,
  mountPath: z.string().min(1).regex(/^\//, "must be an absolute path"),
  subPath: z.string().optional(),
  subPathExpr: z.string().optional(),
  readOnly: z.boolean().optional(),
  recursiveReadOnly: z.enum(["Disabled", "IfPossible", "Enabled"]).optional(),
  mountPropagation: z.enum(["None", "HostToContainer", "Bidirectional"]).optional(),
});
export const ZContainer = z.looseObject({ name: dnsLabel, image: z.string().min(1).optional() });

export const ZPolicyRule = z.strictObject({
  apiGroups: z.array(z.string()).optional(),
  resources: z.array(z.string()).optional(),
  verbs: z.array(z.string()).min(1),
  resourceNames: z.array(z.string()).optional(),
  nonResourceURLs: z.array(z.string()).optional(),
});

export const ZContainerPort = z.strictObject({
  name: portName,
  containerPort: portNumber,
  protocol: z.enum(["TCP", "UDP", "SCTP"]).optional(),
  hostPort: portNumber.optional(),
});

export const ZAffinity = openObject;

const ZLabelSelector = z.strictObject({
  matchLabels: labelMap.optional(),
  matchExpressions: z
    .array(
      z.strictObject({
        key: qualifiedName,
        operator: z.enum(["In", "NotIn", "Exists", "DoesNotExist"]),
        values: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});

/** A NetworkPolicyPeer: the pods (and their namespaces) or the addresses a rule admits. */
export const ZNetworkPolicyPeer = z.strictObject({
  podSelector: ZLabelSelector.optional(),
  namespaceSelector: ZLabelSelector.optional(),
  ipBlock: z.strictObject({ cidr: z.string().min(1), except: z.array(z.string()).optional() }).optional(),
});
