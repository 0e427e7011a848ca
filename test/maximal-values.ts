// Values with every feature of the chart on at once: the heaviest render, for the benchmark and
// for tests that want everything in one document set. It must stay valid (maximal-values.test.ts).
export const maximalValues = {
  nameOverride: "dagger",
  volumeMountsPostfix: "agent-1",
  labels: { team: "platform", "example.com/cost-center": "ci" },
  nodeSelector: { "kubernetes.io/os": "linux" },
  affinity: {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { "app.kubernetes.io/component": "engine" } } } },
      ],
    },
  },
  engine: {
    kind: "StatefulSet",
    config: 'debug = true\n[registry."docker.io"]\n  mirrors = ["mirror.gcr.io"]\n',
    configJson: '{"logLevel": "debug"}\n',
    labels: { tier: "build" },
    annotations: { "example.com/owner": "platform", note: "yes" },
    args: ["--debugaddr", "0.0.0.0:6060"],
    env: [
      { name: "FLAG", value: "yes" },
      { name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
    ],
    resources: { requests: { cpu: "2", memory: "4Gi" }, limits: { memory: "16Gi" } },
    image: { ref: "registry.example.com/dagger/engine:v0.18.16", pullPolicy: "Always" },
    imagePullSecrets: [{ name: "registry-credentials" }],
    port: 1234,
    containerPorts: [
      { name: "dagger", containerPort: 1234, hostPort: 1234 },
      { name: "debug", containerPort: 6060, protocol: "TCP" },
    ],
    nodeSelector: { "node-pool": "dagger" },
    tolerations: [{ key: "dedicated", operator: "Equal", value: "dagger", effect: "NoSchedule" }],
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/arch", operator: "In", values: ["amd64", "arm64"] }] }],
        },
      },
    },
    priorityClassName: "system-node-critical",
    runtimeClassName: "kata",
    shareProcessNamespace: true,
    terminationGracePeriodSeconds: 600,
    readinessProbe: { tcpSocket: { port: 1234 }, periodSeconds: 5 },
    readinessProbeSettings: { failureThreshold: 3 },
    livenessProbe: { initialDelaySeconds: 60 },
    livenessProbeSettings: { periodSeconds: 30 },
    lifecycle: { preStop: { exec: { command: ["sh", "-c", "sleep 30"] } } },
    newServiceAccount: { create: true, name: "dagger-runner", annotations: { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/dagger" } },
    statefulSet: {
      replicas: 3,
      podManagementPolicy: "OrderedReady",
      persistentVolumeClaim: { enabled: true, storageClassName: "fast-ssd", accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "100Gi" } } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Retain" },
    },
    volumes: [{ name: "certs", secret: { secretName: "registry-ca" } }],
    volumeMounts: [{ name: "certs", mountPath: "/etc/ssl/certs/registry-ca.pem", subPath: "ca.pem", readOnly: true }],
    sidecars: [
      {
        name: "socket-proxy",
        image: "alpine/socat:1.8.0.0",
        args: ["TCP-LISTEN:2375,fork", "UNIX-CONNECT:/run/dagger-agent-1/engine.sock"],
        volumeMounts: [{ name: "run", mountPath: "/run/dagger-agent-1" }],
      },
    ],
  },
  additionalResources: {
    role: { create: true, rules: [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get", "list", "create"] }] },
    roleBinding: { create: true },
    service: { create: true, name: "dagger-runner-engines", port: 1234 },
  },
  service: {
    type: "LoadBalancer",
    annotations: { "service.beta.kubernetes.io/aws-load-balancer-internal": "true" },
    labels: { exposure: "internal" },
    sessionAffinity: "ClientIP",
    internalTrafficPolicy: "Local",
  },
  networkPolicy: { enabled: true, from: [{ podSelector: { matchLabels: { "dagger-helm/client": "true" } }, namespaceSelector: { matchLabels: { team: "ci" } } }] },
  magicache: { enabled: true, token: "dag_0123456789abcdef" },
};
