// The chart's values: the one source of their types, constraints, defaults and descriptions.
// chart/dagger-helm/values.yaml, values.schema.json and the README's parameter table are
// generated from this file (npm run gen); the wizard shows these descriptions as help text.
import "./zod-setup";
import { z } from "zod";
import {
  dnsLabel,
  orEmptyList,
  portNumber,
  quantityString,
  annotationMap,
  labelMap,
  ZAffinity,
  ZContainer,
  ZContainerPort,
  ZContainerSecurityContext,
  ZEnvFromSource,
  ZEnvVar,
  ZLifecycle,
  ZLocalObjectReference,
  ZNetworkPolicyPeer,
  ZPodSecurityContext,
  ZPolicyRule,
  ZProbe,
  ZResources,
  ZToleration,
  ZVolume,
  ZVolumeMount,
} from "./kubernetes";

/**
 * A key whose default a user may remove with `null`, as Helm's coalescing allows (for example
 * `readinessProbe: null` renders no probe). Every other key must stay present.
 */
function removable<T extends z.ZodType>(schema: T, fallback: z.input<T>) {
  return schema.optional().default(fallback as never).meta({ removable: true });
}

/**
 * A key that no version of either upstream chart had, which users write by mistake: accepted by
 * values.schema.json (so that Helm reaches the chart's own message) and refused with the key to
 * use instead, by the core and by _validate.tpl.
 */
function moved(target: string) {
  return z.unknown().optional().meta({ movedTo: target }).describe(`Not a value of this chart: use ${target}`);
}

const emptyLabels = () => removable(labelMap, {});
const emptyAnnotations = () => removable(orEmptyList(annotationMap), {});

/**
 * A resource name prefix such as fullnameOverride: lower-case letters, digits and '-'. Longer
 * than 63 characters is allowed: the chart cuts it as both upstream charts do.
 */
const namePrefix = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be lower-case letters, digits and '-', starting and ending with a letter or digit");

export const DEFAULT_READINESS_EXEC = { command: ["sh", "-exc", "dagger core version"] };

export const ZHostPathVolume = z.strictObject({
  enabled: z.boolean().default(true).describe("Mount a host directory"),
  path: z
    .string()
    .regex(/^(\/.*)?$/, "must be an absolute path, or empty for the default")
    .default("")
    .describe("Host directory; empty means /var/lib/dagger-<fullname> for data and /run/dagger-<fullname> for run"),
});

export const ZEngine = z.strictObject({
  kind: z
    .enum(["DaemonSet", "StatefulSet"])
    .default("DaemonSet")
    .describe("DaemonSet runs one engine per node; StatefulSet runs a fixed number of engines with persistent volumes"),
  config: z.string().default("").describe("engine.toml text, mounted at /etc/dagger/engine.toml; empty for none"),
  configJson: z.string().default("").describe("engine.json text, mounted at /etc/dagger/engine.json; empty for none"),
  labels: emptyLabels().describe("Labels added to the engine's resources and pods"),
  annotations: emptyAnnotations().describe("Annotations added to the engine's pods"),
  args: removable(z.array(z.string()), []).describe("Extra arguments for the engine"),
  env: removable(z.array(ZEnvVar), []).describe("Environment variables for the engine container (EnvVar list); names must be unique"),
  envFrom: removable(z.array(ZEnvFromSource), []).describe("ConfigMaps and Secrets whose keys become environment variables of the engine (EnvFromSource list)"),
  resources: removable(ZResources, { limits: {}, requests: {} }).describe("CPU and memory requests and limits of the engine container"),
  image: z
    .strictObject({
      ref: z.string().default("").describe("Full image reference; empty means registry.dagger.io/engine:v<appVersion>"),
      repository: z.string().default("").describe("Legacy (dagger's chart before 0.13): image repository, used with tag when ref is empty; empty means registry.dagger.io/engine"),
      tag: z.string().default("").describe("Legacy (dagger's chart before 0.13): image tag, used with repository when ref is empty; empty means v<appVersion>"),
      args: moved("engine.args"),
      pullPolicy: z.enum(["Always", "IfNotPresent", "Never"]).default("IfNotPresent").describe("Image pull policy"),
    })
    .prefault({})
    .describe("The engine image"),
  imagePullSecrets: removable(z.array(ZLocalObjectReference), []).describe("Secrets for pulling the engine image"),
  port: removable(portNumber.nullable(), null).describe("TCP port the engine listens on as well as its unix socket; null for none"),
  hostPort: removable(portNumber.nullable(), null).describe("Host port for the engine's TCP port; null for none (needs engine.port)"),
  containerPorts: removable(z.array(ZContainerPort), []).describe("Container ports; replaces the single 'dagger' port that engine.port adds"),
  nodeSelector: emptyLabels().describe("Node labels the engine's pods must match"),
  tolerations: removable(z.array(ZToleration), []).describe("Tolerations of the engine's pods"),
  affinity: removable(ZAffinity, {}).describe("Affinity of the engine's pods"),
  priorityClassName: z.string().default("").describe("Priority class of the engine's pods; empty for none"),
  runtimeClassName: z.string().default("").describe("Runtime class of the engine's pods; empty for none"),
  shareProcessNamespace: z.boolean().default(false).describe("Share one process namespace between the pod's containers"),
  terminationGracePeriodSeconds: z
    .number()
    .int()
    .min(0)
    .max(999999)
    .default(300)
    .describe("Seconds the engine gets to finish running work when its pod stops"),
  securityContext: removable(ZPodSecurityContext, {
    runAsNonRoot: false,
    runAsUser: 0,
    fsGroup: 1001,
    fsGroupChangePolicy: "OnRootMismatch",
  }).describe("Pod security context"),
  containerSecurityContext: removable(ZContainerSecurityContext, {
    privileged: true,
    capabilities: { add: ["ALL"] },
    readOnlyRootFilesystem: false,
  }).describe("Security context of the engine container; the engine needs privileged mode"),
  readinessProbe: removable(ZProbe, {
    exec: DEFAULT_READINESS_EXEC,
    initialDelaySeconds: 20,
    timeoutSeconds: 15,
    periodSeconds: 10,
    successThreshold: 1,
    failureThreshold: 5,
  }).describe("Readiness probe; a probe with httpGet, tcpSocket or grpc replaces the exec handler; null for none"),
  readinessProbeSettings: removable(ZProbe, {}).describe("Alias of engine.readinessProbe (vendor name), merged over it"),
  readinessProbeCommand: removable(z.array(z.string()), []).describe("Legacy (the fork's 0.2.x): the readiness probe's exec command; empty keeps the probe's own"),
  livenessProbe: removable(ZProbe, {}).describe("Liveness probe; empty for none; without a handler it runs 'dagger core version'"),
  livenessProbeSettings: removable(ZProbe, {}).describe("Alias of engine.livenessProbe (vendor name), merged over it"),
  lifecycle: removable(ZLifecycle, {}).describe("preStop and postStart hooks of the engine container; a hook left empty renders nothing"),
  newServiceAccount: z
    .strictObject({
      create: z.boolean().default(false).describe("Create a ServiceAccount for the engine"),
      name: z.union([z.literal(""), dnsLabel]).default("").describe("Its name; empty means <fullname>"),
      annotations: emptyAnnotations().describe("Its annotations"),
    })
    .prefault({})
    .describe("A ServiceAccount created for the engine"),
  existingServiceAccount: z
    .strictObject({
      name: z.union([z.literal(""), dnsLabel]).default("").describe("ServiceAccount to use when none is created; empty means 'default'"),
    })
    .prefault({})
    .describe("An existing ServiceAccount"),
  hostPath: z
    .strictObject({
      dataVolume: ZHostPathVolume.prefault({}).describe("Host directory for the engine's data, /var/lib/dagger"),
      runVolume: ZHostPathVolume.prefault({}).describe("Host directory for the engine's socket, /run/dagger"),
    })
    .prefault({})
    .describe("Host directories of the engine"),
  statefulSet: z
    .strictObject({
      replicas: z.number().int().min(0).max(1000).default(1).describe("Number of engines"),
      serviceName: z
        .union([z.literal(""), dnsLabel])
        .default("")
        .describe("The StatefulSet's governing Service; empty for none, as both upstream charts render (it cannot change after install)"),
      podManagementPolicy: z
        .enum(["OrderedReady", "Parallel"])
        .default("OrderedReady")
        .describe("Start and stop engines one by one (OrderedReady) or all at once (Parallel)"),
      persistentVolumeClaim: z
        .strictObject({
          enabled: z.boolean().default(false).describe("Give each engine a PersistentVolumeClaim for its data (volume claim templates cannot change after install)"),
          storageClassName: z.string().default("").describe("Storage class; empty for the cluster's default"),
          accessModes: z
            .array(z.enum(["ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany", "ReadOnlyMany"]))
            .min(1)
            .default(["ReadWriteOnce"])
            .describe("Access modes of the claim"),
          resources: z
            .strictObject({
              requests: z
                .strictObject({
                  storage: quantityString
                    .default("10Gi")
                    .describe("Size of each engine's volume"),
                })
                .prefault({}),
            })
            .prefault({}),
        })
        .prefault({})
        .describe("The volume claim template named 'data'"),
      persistentVolumeClaimRetentionPolicy: z
        .strictObject({
          whenDeleted: z.enum(["Retain", "Delete"]).default("Retain").describe("Keep or delete the engines' volumes when the StatefulSet is deleted"),
          whenScaled: z.enum(["Retain", "Delete"]).default("Retain").describe("Keep or delete the volumes of engines removed by scaling down"),
        })
        .prefault({})
        .describe("What happens to the engines' volumes; rendered only with the claim"),
    })
    .prefault({})
    .describe("StatefulSet settings, used when engine.kind is StatefulSet"),
  volumes: removable(z.array(ZVolume), []).describe("Extra volumes of the engine's pods"),
  volumeMounts: removable(z.array(ZVolumeMount), []).describe("Extra volume mounts of the engine container"),
  sidecars: removable(z.array(ZContainer), []).describe("Extra containers in the engine's pods"),
  privileged: moved("engine.containerSecurityContext.privileged"),
  envFromSecretName: moved("engine.envFrom"),
});

export const ZValues = z.strictObject({
  global: removable(z.record(z.string(), z.unknown()), {}).describe("Values a parent chart shares with its dependencies"),
  enabled: z.boolean().default(true).describe("Read by a parent chart's dependency condition; ignored by this chart"),
  nameOverride: z.union([z.literal(""), namePrefix]).default("").describe("Replaces the chart name in resource names; cut to 63 characters"),
  fullnameOverride: z.union([z.literal(""), namePrefix]).default("").describe("Replaces the full resource name prefix; cut to 63 characters"),
  volumeMountsPostfix: z
    .string()
    // eslint-disable-next-line no-control-regex -- control characters are what this pattern refuses
    .regex(/^[^/\x00-\x1f\x7f]*$/, "must fit in one path segment: no '/' and no control characters")
    .default("")
    .describe("Appended as -<postfix> to the engine's data and run paths, so several engines can share a node (taken literally: Helm does not render templates inside values)"),
  labels: emptyLabels().describe("Extra labels on every resource (not on selectors)"),
  nodeSelector: emptyLabels().describe("Parent-chart style node selector; engine.nodeSelector wins per key"),
  affinity: removable(ZAffinity, {}).describe("Parent-chart style affinity; engine.affinity wins per key"),
  engine: ZEngine.prefault({}).describe("The Dagger engine"),
  additionalResources: z
    .strictObject({
      role: z
        .strictObject({
          create: z.boolean().default(false).describe("Create a Role for the engine's service account"),
          rules: z
            .array(ZPolicyRule)
            .default([{ apiGroups: [""], resources: ["*"], verbs: ["*"] }])
            .describe("The Role's rules"),
        })
        .prefault({}),
      roleBinding: z
        .strictObject({ create: z.boolean().default(false).describe("Bind the Role to the engine's service account") })
        .prefault({}),
      service: z
        .strictObject({
          create: z.boolean().default(true).describe("Create a headless Service for engine discovery"),
          name: dnsLabel.default("dagger-engine-service").describe("Name of the headless Service"),
          port: portNumber.default(8080).describe("Port of the headless Service"),
        })
        .prefault({}),
    })
    .prefault({})
    .describe("Extra resources for runner products"),
  service: z
    .strictObject({
      type: z.enum(["ClusterIP", "NodePort", "LoadBalancer"]).default("ClusterIP").describe("Type of the engine's Service, created when engine.port or engine.containerPorts is set"),
      annotations: emptyAnnotations().describe("Annotations of the engine's Service"),
      labels: emptyLabels().describe("Labels of the engine's Service"),
      sessionAffinity: z
        .enum(["", "None", "ClientIP"])
        .default("")
        .describe("ClientIP sends all connections of a client to one engine, as a dagger client needs when the Service has several engines; empty leaves Kubernetes' default (None)"),
      internalTrafficPolicy: z
        .enum(["", "Cluster", "Local"])
        .default("")
        .describe("Local sends a pod's connections only to an engine on its own node (for a DaemonSet); empty leaves Kubernetes' default (Cluster)"),
    })
    .prefault({})
    .describe("The engine's Service"),
  networkPolicy: z
    .strictObject({
      enabled: z
        .boolean()
        .default(false)
        .describe("Create a NetworkPolicy that admits only networkPolicy.from to the engine's TCP ports (with engine.port or engine.containerPorts; needs a network plugin that enforces NetworkPolicies)"),
      from: z
        .array(ZNetworkPolicyPeer)
        .min(1)
        .default([{ podSelector: { matchLabels: { "dagger-helm/client": "true" } } }])
        .describe("Who may connect (NetworkPolicyPeer list); by default the pods labelled dagger-helm/client=true in the release's namespace"),
    })
    .prefault({})
    .describe("A NetworkPolicy for the engine's TCP ports"),
  magicache: z
    .strictObject({
      enabled: z.boolean().default(false).describe("Use Dagger Cloud's magicache"),
      url: z.string().url().default("https://api.dagger.cloud/magicache").describe("Magicache URL"),
      token: z.string().default("").describe("Magicache token, stored in a Secret the chart creates"),
      secretName: z.string().default("").describe("Existing Secret holding _EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN; wins over token"),
    })
    .prefault({})
    .describe("Dagger Cloud magicache"),
  image: moved("engine.image.ref"),
  persistentVolumeClaim: moved("engine.statefulSet.persistentVolumeClaim"),
  privileged: moved("engine.containerSecurityContext.privileged"),
  envFromSecretName: moved("engine.envFrom"),
});

export type TValues = z.output<typeof ZValues>;
export type TEngine = TValues["engine"];
