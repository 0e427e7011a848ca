// A configuration that sets every key of the chart away from its default (each list and map with
// one or two typical entries, each free text a line or two): the measure of how long a share link
// of a fully customised install gets. Free texts (engine.config, sidecars) can make any link
// longer; that is what the size of this one is measured without.
import type { Table } from "../src/values/tree";

export const MAXIMAL_VALUES: Table = {
  global: { imageRegistry: "registry.example.com" },
  enabled: true,
  nameOverride: "engine",
  fullnameOverride: "team-a-dagger",
  volumeMountsPostfix: "agent-7",
  labels: { team: "platform" },
  nodeSelector: { "kubernetes.io/os": "linux" },
  affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: "ci", operator: "Exists" }] } }] } },
  engine: {
    kind: "StatefulSet",
    config: "debug = true\n",
    configJson: '{"logLevel":"debug"}',
    labels: { tier: "build" },
    annotations: { "prometheus.io/scrape": "true" },
    args: ["--debug"],
    env: [
      { name: "HTTPS_PROXY", value: "http://proxy.internal:3128" },
      { name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
    ],
    resources: { limits: { cpu: "8", memory: "32Gi" }, requests: { cpu: "2", memory: "8Gi" } },
    image: { ref: "registry.example.com/dagger/engine:v0.18.16", pullPolicy: "Always" },
    envFrom: [{ secretRef: { name: "engine-settings" } }],
    imagePullSecrets: [{ name: "registry-credentials" }],
    port: 1234,
    // engine.hostPort is left at null: engine.containerPorts replaces the port it applies to.
    containerPorts: [{ name: "dagger", containerPort: 1234, protocol: "TCP", hostPort: 11234 }],
    nodeSelector: { "node-pool": "ci" },
    tolerations: [{ key: "dedicated", operator: "Equal", value: "ci", effect: "NoSchedule" }],
    affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, podAffinityTerm: { topologyKey: "kubernetes.io/hostname" } }] } },
    priorityClassName: "ci-critical",
    runtimeClassName: "kata",
    shareProcessNamespace: true,
    terminationGracePeriodSeconds: 600,
    securityContext: { runAsNonRoot: false, runAsUser: 0, fsGroup: 2000, fsGroupChangePolicy: "Always" },
    containerSecurityContext: { privileged: true, capabilities: { add: ["ALL"] }, readOnlyRootFilesystem: false, allowPrivilegeEscalation: true },
    readinessProbe: { exec: { command: ["dagger", "core", "version"] }, initialDelaySeconds: 10, timeoutSeconds: 10, periodSeconds: 15, failureThreshold: 10 },
    readinessProbeSettings: { successThreshold: 1 },
    livenessProbe: { tcpSocket: { port: 1234 }, initialDelaySeconds: 60, periodSeconds: 30 },
    livenessProbeSettings: { failureThreshold: 6 },
    lifecycle: { preStop: { exec: { command: ["sh", "-c", "sleep 30"] } } },
    newServiceAccount: { create: true, name: "dagger-engine", annotations: { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/dagger" } },
    existingServiceAccount: { name: "ci" },
    hostPath: { dataVolume: { enabled: false, path: "/mnt/dagger" }, runVolume: { enabled: true, path: "/run/dagger-ci" } },
    statefulSet: {
      replicas: 3,
      serviceName: "dagger-engines",
      podManagementPolicy: "OrderedReady",
      persistentVolumeClaim: { enabled: true, storageClassName: "gp3", accessModes: ["ReadWriteOncePod"], resources: { requests: { storage: "500Gi" } } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Delete" },
    },
    volumes: [{ name: "ca-bundle", configMap: { name: "corporate-ca" } }],
    volumeMounts: [{ name: "ca-bundle", mountPath: "/usr/local/share/ca-certificates", readOnly: true }],
    sidecars: [{ name: "metrics", image: "registry.example.com/dagger-metrics:1.2.0" }],
  },
  additionalResources: {
    role: { create: true, rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }] },
    roleBinding: { create: true },
    service: { create: false, name: "dagger-engines", port: 8081 },
  },
  service: { type: "LoadBalancer", annotations: { "service.beta.kubernetes.io/aws-load-balancer-internal": "true" }, labels: { exposed: "internal" } },
  magicache: { enabled: true, url: "https://cache.example.com/magicache", secretName: "magicache-token" },
};
