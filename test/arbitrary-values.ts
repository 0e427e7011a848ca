// fast-check arbitraries for user values files over every key of the contract, for the random
// parity tests against real Helm. Values are built to pass the schema most of the time; the
// tests also check that Helm and the core refuse the same ones.
import fc from "fast-check";
import { yaml11String } from "./yaml11-strings";

/** Strings that YAML 1.1 reads as something else, or that break naive templating. */
export const TRICKY_STRINGS = [
  "yes", "no", "on", "off", "y", "n", "true", "False", "null", "~", "0755", "0x1F", "1e3", "1e+06", "1_000",
  "190:20:30", ".5", "+1", "-", "=", "<<", "a: b", "#not a comment", "- item", "'single'", '"double"',
  "{{ .Values.engine }}", "{a: 1}", "[1, 2]", "line one\nline two", "trailing newline\n", " leading space",
  "tab\there", "ünïcödé ✓", "2001-01-01", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick`", "a|b", ">",
  "<&>",
];

// No U+2028 or U+2029: Helm's toYaml writes them raw inside single quotes, which go-yaml reads
// back as the same string, but which this project's reader refuses (a raw line separator in a
// values file changes its structure for go-yaml). U+0085 is in: Helm folds it, as the core does.
const plain = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]$/);
export const anyString = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS, "a\u0085b", "x \u0085 \u0085y"),
  plain,
  yaml11String,
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 8 }).filter((text) => !/[\u2028\u2029\u007f-\u0084\u0086-\u009f\ufffe\uffff]/.test(text)),
);
const dnsLabel = fc.stringMatching(/^[a-z]([a-z0-9-]{0,20}[a-z0-9])?$/);
const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const labelKey = fc.oneof(
  fc.constantFrom("team", "on", "yes", "example.com/owner", "app.kubernetes.io/instance", "tier", "0755"),
  plain,
  yaml11String.filter((text) => QUALIFIED_NAME.test(text)),
);
/** Label values Kubernetes accepts, among them YAML 1.1's other words. */
const labelValue = fc.oneof(
  fc.constantFrom("yes", "no", "on", "off", "y", "true", "null", "0755", "1e3", "0x1F", "1_000", "e-68", "1.5", "", "a".repeat(63)),
  fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,20}[A-Za-z0-9])?$/),
  yaml11String.filter((text) => /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/.test(text)),
);
const labelMap = fc.dictionary(labelKey, labelValue, { maxKeys: 4 });
const annotationMap = fc.dictionary(labelKey, anyString, { maxKeys: 4 });
/** Quantities from Kubernetes' grammar, numbers, and now and then a trap (which both Helm and the core refuse). */
const quantity = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("100m", "1", "2Gi", "512Mi", "1.5", "1e3", ".5", "1.G", "+2k") },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("", "+"), fc.stringMatching(/^([0-9]{1,4}(\.[0-9]{0,3})?|\.[0-9]{1,3})$/), fc.constantFrom("", "m", "k", "M", "Gi", "Mi", "Ki", "e3", "E-2", "n", "u")).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: fc.constantFrom(1, 2, 0.5, 1073741824) },
  { weight: 1, arbitrary: fc.oneof(yaml11String, fc.constantFrom<unknown>("lots", "0x1F", "2001-12-14", true, null, -1)) },
);

const probe = fc.record(
  {
    exec: fc.record({ command: fc.array(anyString, { minLength: 1, maxLength: 3 }) }),
    httpGet: fc.record({ path: fc.constantFrom("/", "/healthz"), port: fc.oneof(fc.integer({ min: 1, max: 65535 }), fc.constant("dagger")) }),
    tcpSocket: fc.record({ port: fc.integer({ min: 1, max: 65535 }) }),
    initialDelaySeconds: fc.integer({ min: 0, max: 600 }),
    timeoutSeconds: fc.integer({ min: 1, max: 60 }),
    periodSeconds: fc.integer({ min: 1, max: 60 }),
    failureThreshold: fc.integer({ min: 1, max: 10 }),
  },
  { requiredKeys: [] },
);
/** A probe with at most one handler of its own (two would be a values error). */
const singleHandlerProbe = probe.map((p) => {
  const handlers = ["exec", "httpGet", "tcpSocket"].filter((h) => h in p);
  for (const h of handlers.slice(1)) delete (p as Record<string, unknown>)[h];
  return p;
});

const env = fc.array(
  fc.oneof(
    fc.record({ name: fc.constantFrom("FOO", "BAR_1", "yes", "HTTP_PROXY"), value: anyString }),
    fc.constant({ name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }),
  ),
  { maxLength: 3 },
);

const toleration = fc.record(
  {
    key: plain,
    operator: fc.constantFrom("Exists", "Equal"),
    value: anyString,
    effect: fc.constantFrom("NoSchedule", "PreferNoSchedule", "NoExecute"),
  },
  { requiredKeys: ["key"] },
);

const affinity = fc.oneof(
  fc.constant({}),
  fc.constant({
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/arch", operator: "In", values: ["amd64"] }] }],
      },
    },
  }),
  fc.constant({
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { app: "dagger" } } } },
      ],
    },
  }),
);

const podSecurityContext = fc.record(
  {
    runAsNonRoot: fc.boolean(),
    runAsUser: fc.integer({ min: 0, max: 65535 }),
    runAsGroup: fc.integer({ min: 0, max: 65535 }),
    fsGroup: fc.integer({ min: 0, max: 65535 }),
    fsGroupChangePolicy: fc.constantFrom("OnRootMismatch", "Always"),
    seccompProfile: fc.constant({ type: "RuntimeDefault" }),
  },
  { requiredKeys: [] },
);
const containerSecurityContext = fc.record(
  {
    privileged: fc.boolean(),
    capabilities: fc.record({ add: fc.array(fc.constantFrom("ALL", "SYS_ADMIN", "NET_ADMIN"), { maxLength: 2 }), drop: fc.array(fc.constantFrom("ALL", "MKNOD"), { maxLength: 1 }) }, { requiredKeys: [] }),
    readOnlyRootFilesystem: fc.boolean(),
    allowPrivilegeEscalation: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** `null` (remove the default), or a value, for keys the chart lets users remove. */
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: arb });

const userVolumes = fc.uniqueArray(fc.constantFrom("cache", "certs", "extra", "tmp"), { maxLength: 3 }).map((names) =>
  names.map((name, i) => (i % 2 ? { name, configMap: { name: `${name}-cm` } } : { name, emptyDir: {} })),
);

const engine = fc.record(
  {
    kind: fc.constantFrom("DaemonSet", "StatefulSet"),
    config: fc.oneof(fc.constant(""), anyString, fc.constant('debug = true\n[registry."docker.io"]\n  mirrors = ["mirror.gcr.io"]\n')),
    configJson: fc.oneof(fc.constant(""), anyString, fc.constant('{"debug": true}')),
    labels: orNull(labelMap),
    annotations: orNull(fc.oneof(annotationMap, fc.constant([]))),
    args: orNull(fc.array(anyString, { maxLength: 3 })),
    env: orNull(env),
    resources: orNull(
      fc.record({ limits: fc.dictionary(fc.constantFrom("cpu", "memory"), quantity), requests: fc.dictionary(fc.constantFrom("cpu", "memory"), quantity) }, { requiredKeys: [] }),
    ),
    image: fc.record(
      {
        ref: fc.constantFrom(
          "",
          "registry.dagger.io/engine:v0.19.0",
          "localhost:5000/dagger/engine",
          "ghcr.io/acme/engine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
          "example.com/engine:tag_with-dots.",
          `example.com/engine:${"x".repeat(70)}`,
        ),
        pullPolicy: fc.constantFrom("Always", "IfNotPresent", "Never"),
        // The legacy shape of dagger's chart before 0.13; ref wins when both are set.
        repository: fc.constantFrom("", "registry.dagger.io/engine", "mirror.example.com/dagger/engine"),
        tag: fc.constantFrom("", "v0.9.7", "v0.21.8", "main"),
      },
      { requiredKeys: [] },
    ),
    imagePullSecrets: orNull(fc.array(fc.record({ name: dnsLabel }), { maxLength: 2 })),
    nodeSelector: orNull(labelMap),
    tolerations: orNull(fc.array(toleration, { maxLength: 2 })),
    affinity: orNull(affinity),
    priorityClassName: fc.constantFrom("", "high-priority", "system-node-critical"),
    runtimeClassName: fc.constantFrom("", "gvisor", "kata"),
    shareProcessNamespace: fc.boolean(),
    terminationGracePeriodSeconds: fc.integer({ min: 0, max: 999999 }),
    securityContext: orNull(podSecurityContext),
    containerSecurityContext: orNull(containerSecurityContext),
    readinessProbe: orNull(singleHandlerProbe),
    readinessProbeSettings: orNull(singleHandlerProbe),
    readinessProbeCommand: orNull(fc.constantFrom([], ["buildctl", "debug", "workers"], ["dagger", "core", "version"])),
    envFrom: orNull(
      fc.constantFrom([], [{ secretRef: { name: "engine-env" } }], [{ prefix: "CFG_", configMapRef: { name: "engine-settings", optional: true } }, { secretRef: { name: "s" } }]),
    ),
    livenessProbe: orNull(singleHandlerProbe),
    livenessProbeSettings: orNull(singleHandlerProbe),
    lifecycle: orNull(fc.constantFrom({}, { preStop: null }, { preStop: { exec: { command: ["sh", "-c", "sleep 10"] } } }, { postStart: { exec: { command: ["true"] } }, preStop: null })),
    newServiceAccount: fc.record({ create: fc.boolean(), name: fc.oneof(fc.constant(""), dnsLabel), annotations: annotationMap }, { requiredKeys: [] }),
    existingServiceAccount: fc.record({ name: fc.oneof(fc.constant(""), dnsLabel) }, { requiredKeys: [] }),
    hostPath: fc.record(
      {
        dataVolume: fc.record({ enabled: fc.boolean(), path: fc.constantFrom("", "/mnt/dagger", "/var/lib/ci cache") }, { requiredKeys: [] }),
        runVolume: fc.record({ enabled: fc.boolean(), path: fc.constantFrom("", "/run/ci") }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
    statefulSet: fc.record(
      {
        replicas: fc.integer({ min: 0, max: 5 }),
        serviceName: fc.constantFrom("", "dagger-engine-service", "engines"),
        podManagementPolicy: fc.constantFrom("OrderedReady", "Parallel"),
        persistentVolumeClaim: fc.record(
          {
            enabled: fc.boolean(),
            storageClassName: fc.constantFrom("", "fast-ssd", "on"),
            accessModes: fc.constantFrom(["ReadWriteOnce"], ["ReadWriteOncePod"], ["ReadWriteMany", "ReadWriteOnce"]),
            resources: fc.record({ requests: fc.record({ storage: fc.constantFrom("10Gi", "1Ti", "500Mi", "1e3") }) }),
          },
          { requiredKeys: [] },
        ),
        persistentVolumeClaimRetentionPolicy: fc.record(
          { whenDeleted: fc.constantFrom("Retain", "Delete"), whenScaled: fc.constantFrom("Retain", "Delete") },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    sidecars: orNull(fc.array(fc.record({ name: fc.constantFrom("proxy", "logger"), image: fc.constantFrom("busybox:1.36", "envoyproxy/envoy:v1.30") }), { maxLength: 1 })),
  },
  { requiredKeys: [] },
);

/** Ports, volumes and mounts are drawn together so that they stay consistent. */
const network = fc.record(
  {
    port: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 65535 })),
    hostPort: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 65535 })),
    containerPorts: fc.uniqueArray(fc.record({ name: fc.constantFrom("grpc", "http", "metrics", "on"), containerPort: fc.integer({ min: 1, max: 65535 }), protocol: fc.constantFrom("TCP", "UDP", undefined), hostPort: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }) }, { requiredKeys: ["name", "containerPort"] }), { maxLength: 2, selector: (p) => p.name }),
  },
  { requiredKeys: [] },
);

export const arbitraryValues = fc
  .record(
    {
      nameOverride: fc.oneof(fc.constant(""), dnsLabel, fc.constant("dagger"), fc.constant(`n${"-x".repeat(40)}`)),
      fullnameOverride: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,70}[a-z0-9]$/) }),
      volumeMountsPostfix: fc.constantFrom("", "runner", "agent-1", "{{ .Values.uuid }}", "agent 1.x"),
      labels: orNull(labelMap),
      nodeSelector: orNull(labelMap),
      affinity: orNull(affinity),
      global: fc.constantFrom({}, { imageRegistry: "example.com" }),
      enabled: fc.boolean(),
      engine,
      network,
      volumes: userVolumes,
      additionalResources: fc.record(
        {
          role: fc.record({ create: fc.boolean(), rules: fc.constantFrom([{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }], [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }]) }, { requiredKeys: [] }),
          roleBinding: fc.record({ create: fc.boolean() }, { requiredKeys: [] }),
          service: fc.record({ create: fc.boolean(), name: dnsLabel, port: fc.integer({ min: 1, max: 65535 }) }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
      service: fc.record(
        {
          type: fc.constantFrom("ClusterIP", "NodePort", "LoadBalancer"),
          annotations: annotationMap,
          labels: labelMap,
          sessionAffinity: fc.constantFrom("", "None", "ClientIP"),
          internalTrafficPolicy: fc.constantFrom("", "Cluster", "Local"),
        },
        { requiredKeys: [] },
      ),
      networkPolicy: fc.record(
        {
          enabled: fc.boolean(),
          from: fc.constantFrom(
            [{ podSelector: { matchLabels: { "dagger-helm/client": "true" } } }],
            [{ podSelector: { matchLabels: { on: "yes" } }, namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ci" } } }],
            [{ podSelector: { matchExpressions: [{ key: "app", operator: "In", values: ["runner", "0755"] }] } }, { ipBlock: { cidr: "10.0.0.0/8", except: ["10.1.0.0/16"] } }],
          ),
        },
        { requiredKeys: [] },
      ),
      magicache: fc.record(
        { enabled: fc.boolean(), url: fc.constantFrom("https://api.dagger.cloud/magicache", "http://cache.internal:8080/x?a=1&b=<2>"), token: fc.oneof(fc.constant(""), anyString), secretName: fc.constantFrom("", "magicache-token") },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map(({ network: net, volumes, ...values }) => {
    const engineValues = { ...(values.engine ?? {}) } as Record<string, unknown>;
    if (net) {
      if (net.port !== undefined) engineValues.port = net.port;
      if (net.hostPort !== undefined && net.port) engineValues.hostPort = net.hostPort;
      if (net.containerPorts?.length) {
        const seen = new Set<number>();
        engineValues.containerPorts = net.containerPorts.filter((p) => !seen.has(p.containerPort) && seen.add(p.containerPort)).map((p) => {
          const port: Record<string, unknown> = { name: p.name, containerPort: p.containerPort };
          if (p.protocol) port.protocol = p.protocol;
          if (p.hostPort) port.hostPort = p.hostPort;
          return port;
        });
        delete engineValues.hostPort;
      }
    }
    if (volumes?.length) {
      engineValues.volumes = volumes;
      engineValues.volumeMounts = volumes.map((v, i) => ({ name: v.name, mountPath: `/mnt/${v.name}`, readOnly: i % 2 === 0 }));
    }
    // The chart's own run or data volume switched off, and a volume of that name of the user's.
    const hostPath = engineValues.hostPath as { runVolume?: { enabled?: boolean }; dataVolume?: { enabled?: boolean } } | undefined;
    const claimed = (engineValues.statefulSet as { persistentVolumeClaim?: { enabled?: boolean } } | undefined)?.persistentVolumeClaim?.enabled;
    const own: Record<string, unknown>[] = [];
    if (hostPath?.runVolume?.enabled === false && volumes?.length !== 1) own.push({ name: "run", emptyDir: { medium: "Memory" } });
    if (hostPath?.dataVolume?.enabled === false && !(engineValues.kind === "StatefulSet" && claimed) && volumes?.length === 2) own.push({ name: "data", emptyDir: {} });
    if (own.length) engineValues.volumes = [...((engineValues.volumes as unknown[]) ?? []), ...own];
    const additional = values.additionalResources;
    if (additional?.roleBinding?.create) additional.role = { ...additional.role, create: true };
    const magicache = values.magicache;
    if (magicache?.enabled && !magicache.token && !magicache.secretName) magicache.token = "token";
    return { ...values, engine: engineValues };
  });

export const arbitraryRelease = fc.record({
  releaseName: fc.oneof(
    fc.constantFrom("r", "dagger", "dagger-helm", "ci-dagger-helm-prod", "a".repeat(53), `x-${"dagger-helm".repeat(4)}`),
    fc.stringMatching(/^[a-z]([a-z0-9-]{0,50}[a-z0-9])?$/),
  ),
  namespace: fc.constantFrom("default", "dagger", "ci-runners", "yes"),
});
