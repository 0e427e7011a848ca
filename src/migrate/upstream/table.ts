// The version table: every state of the two upstream charts (versions whose values.yaml and
// templates are the same), as observed by rendering each with Helm; each row lists what changed
// since the row before. test/upstream/ holds the renders the model is checked against.
import { isTable, type Table } from "../../values/tree";
import type { Behaviour, PodRule, Row } from "./behaviour";
import type { UpstreamChart, UpstreamVersion } from "./versions";

const CORE_VERSION = ["sh", "-exc", "dagger core version"];
const SETTINGS = { initialDelaySeconds: 5, timeoutSeconds: 30, periodSeconds: 15, successThreshold: 1, failureThreshold: 10 };

/** The host and mount paths of dagger's chart before 0.17 (DaemonSet) and of the fork's DaemonSet. */
const SHARED_HOST_DIRS = { dataHostPath: "/var/lib/dagger", runHostPath: "/var/run/dagger", dataMountPath: "/var/lib/dagger", runMountPath: "/var/run/buildkit" };

const FIRST_DAEMONSET: PodRule = {
  fields: [],
  podLabels: "name",
  args: "fixed",
  env: "magicache",
  envFrom: "secretRef",
  ports: "none",
  readiness: { rule: "exec-then-map", command: ["buildctl", "debug", "workers"], key: "readinessProbeSettings" },
  volumes: { dataName: "varlibdagger", runName: "varrundagger", configName: "dagger-engine-config", ...SHARED_HOST_DIRS, hostPathToggles: false, dataMountAlways: false },
  configJson: false,
};

/** From 0.17.0: host paths per release, the run volume at /run/dagger, hostPath toggles. */
const VOLUMES_0_17 = { dataHostPath: "/var/lib/dagger-{fullname}", runHostPath: "/run/dagger-{fullname}", runMountPath: "/run/dagger", hostPathToggles: true };
const POD_0_17 = { args: "port-and-args", ports: "port", configJson: true } as const;

const VENDOR_ROWS: Row[] = [
  {
    versions: ["0.1.0", "0.1.1"],
    changes: {
      defaults: {
        nameOverride: "",
        fullnameOverride: "",
        engine: {
          resources: { limits: {}, requests: {} },
          image: { repository: "registry.dagger.io/engine", pullPolicy: "IfNotPresent" },
          readinessProbeSettings: SETTINGS,
          terminationGracePeriodSeconds: 300,
          newServiceAccount: { create: false, annotations: [] },
          existingServiceAccount: {},
        },
        magicache: { enabled: false, url: "https://api.dagger.cloud/magicache" },
      },
      image: "repository-app-version",
      versionLabel: "quoted-app-version",
      engineLabels: false,
      kindChoice: false,
      daemonSet: FIRST_DAEMONSET,
      configMapJson: false,
      portService: false,
      forkExtras: false,
    },
  },
  // Only comments of values.yaml changed.
  { versions: ["0.1.2"], changes: {} },
  { versions: ["0.1.3", "0.1.4", "0.1.5"], changes: { defaults: { engine: { priorityClassName: "" } }, daemonSet: { fields: ["priorityClassName"] } } },
  { versions: ["0.1.6", "0.1.7"], changes: { defaults: { engine: { labels: {} } }, engineLabels: true } },
  { versions: ["0.1.8", "0.1.9", "0.1.10"], changes: { defaults: { engine: { args: ["--oci-max-parallelism", "num-cpu"] } }, daemonSet: { args: "args" } } },
  {
    versions: ["0.12.0", "0.12.1", "0.12.2", "0.12.3", "0.12.4", "0.12.5"],
    changes: { image: "repository-v-app-version", versionLabel: "v-app-version", daemonSet: { podLabels: "name-and-chart" } },
  },
  {
    versions: ["0.12.6", "0.12.7"],
    changes: { daemonSet: { readiness: { rule: "exec-then-map", command: ["sh", "-exc", "echo '{ version }' | dagger query"], key: "readinessProbeSettings" } } },
  },
  {
    versions: ["0.13.0", "0.13.1", "0.13.2", "0.13.3", "0.13.4", "0.13.5", "0.13.6", "0.13.7", "0.14.0", "0.15.0", "0.15.1"],
    changes: {
      defaults: { engine: { args: [], image: { repository: null }, readinessProbeSettings: { timeoutSeconds: 14 } } },
      image: "ref-or-chart-version",
      versionLabel: "v-chart-version",
      daemonSet: { readiness: { rule: "exec-then-map", command: CORE_VERSION, key: "readinessProbeSettings" } },
    },
  },
  {
    versions: ["0.15.2", "0.15.3", "0.15.4", "0.16.0", "0.16.1"],
    changes: {
      defaults: { engine: { kind: "DaemonSet" } },
      kindChoice: true,
      statefulSet: {
        claims: false,
        volumes: {
          dataName: "data",
          runName: "run",
          configName: "config",
          dataHostPath: "/var/lib/dagger-{fullname}",
          runHostPath: "/var/run/dagger-{fullname}",
          dataMountPath: "/var/lib/dagger",
          runMountPath: "/var/run/buildkit",
          hostPathToggles: false,
          dataMountAlways: true,
        },
      },
    },
  },
  {
    versions: ["0.16.2"],
    changes: {
      defaults: { engine: { annotations: {}, imagePullSecrets: [] } },
      versionLabel: "v-chart-version-cut",
      daemonSet: { fields: ["priorityClassName", "annotations", "imagePullSecrets"] },
      statefulSet: { fields: ["priorityClassName", "annotations", "imagePullSecrets"] },
    },
  },
  {
    versions: ["0.16.3"],
    changes: { defaults: { engine: { env: [] } }, daemonSet: { env: "env-and-magicache", envFrom: "name-beside-secretRef" }, statefulSet: { env: "env-and-magicache", envFrom: "name-beside-secretRef" } },
  },
  {
    versions: ["0.17.0", "0.17.1", "0.17.2", "0.18.0", "0.18.1"],
    changes: {
      defaults: {
        engine: {
          statefulSet: {
            persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
            persistentVolumeClaim: { enabled: false, storageClassName: "", accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } },
            podManagementPolicy: "OrderedReady",
          },
          lifecycle: { preStop: null },
          hostPath: { dataVolume: { enabled: true }, runVolume: { enabled: true } },
          volumeMounts: [],
          volumes: [],
        },
      },
      configMapJson: true,
      daemonSet: { ...POD_0_17, fields: ["nodeSelector", "priorityClassName", "annotations", "imagePullSecrets", "lifecycle", "volumes"], volumes: VOLUMES_0_17 },
      statefulSet: { ...POD_0_17, claims: true, fields: ["nodeSelector", "priorityClassName", "annotations", "imagePullSecrets", "lifecycle", "volumes"], volumes: VOLUMES_0_17 },
    },
  },
  { versions: ["0.18.2", "0.18.3", "0.18.4", "0.18.5", "0.18.6"], changes: { daemonSet: { envFrom: "secretRef" } } },
  {
    versions: ["0.18.7", "0.18.8", "0.18.9", "0.18.10", "0.18.11", "0.18.12", "0.18.13", "0.18.14"],
    changes: {
      defaults: { engine: { runtimeClassName: "" } },
      daemonSet: { fields: ["nodeSelector", "priorityClassName", "annotations", "imagePullSecrets", "lifecycle", "volumes", "runtimeClassName"] },
    },
  },
  {
    versions: ["0.18.15", "0.18.16", "0.18.17", "0.18.18", "0.18.19", "0.19.0"],
    changes: {
      daemonSet: { fields: ["nodeSelector", "priorityClassName", "annotations", "imagePullSecrets", "lifecycle", "volumes", "runtimeClassName", "sidecars"] },
      statefulSet: { fields: ["nodeSelector", "priorityClassName", "annotations", "imagePullSecrets", "lifecycle", "volumes", "sidecars"] },
    },
  },
  { versions: ["0.19.1", "0.19.2", "0.19.3", "0.19.4", "0.19.5", "0.19.6", "0.19.7", "0.19.8", "0.19.9"], changes: { daemonSet: { ports: "container-ports" }, statefulSet: { ports: "container-ports" } } },
  {
    versions: ["0.19.10"],
    changes: {
      defaults: { engine: { shareProcessNamespace: false } },
      daemonSet: { fields: ["nodeSelector", "priorityClassName", "annotations", "imagePullSecrets", "lifecycle", "volumes", "runtimeClassName", "sidecars", "shareProcessNamespace"] },
      statefulSet: { fields: ["nodeSelector", "priorityClassName", "annotations", "imagePullSecrets", "lifecycle", "volumes", "sidecars", "shareProcessNamespace"] },
    },
  },
  {
    versions: ["0.19.11", "0.20.0", "0.20.1", "0.20.2", "0.20.3"],
    changes: {
      defaults: { engine: { livenessProbeSettings: { initialDelaySeconds: 5, timeoutSeconds: 29, periodSeconds: 30, successThreshold: 1, failureThreshold: 20, terminationGracePeriodSeconds: 30 } } },
      daemonSet: { liveness: { rule: "exec-then-map", command: CORE_VERSION, key: "livenessProbeSettings" } },
      statefulSet: { liveness: { rule: "exec-then-map", command: CORE_VERSION, key: "livenessProbeSettings" } },
    },
  },
  {
    versions: ["0.20.4", "0.20.5", "0.20.6", "0.20.7", "0.20.8"],
    changes: {
      defaults: { engine: { readinessProbeSettings: { exec: { command: CORE_VERSION } }, livenessProbeSettings: { exec: { command: CORE_VERSION } } } },
      daemonSet: { readiness: { rule: "map", key: "readinessProbeSettings" }, liveness: { rule: "map", key: "livenessProbeSettings" } },
      statefulSet: { envFrom: "secretRef", readiness: { rule: "map", key: "readinessProbeSettings" }, liveness: { rule: "map", key: "livenessProbeSettings" } },
    },
  },
  {
    versions: [..."012345678"].map((patch) => `0.21.${patch}`).concat(Array.from({ length: 11 }, (_, i) => `1.0.0-beta.${i + 1}`)),
    changes: { defaults: { service: { type: "ClusterIP", annotations: {}, labels: {} } }, portService: true },
  },
];

const FORK_DAEMONSET: PodRule = {
  ...FIRST_DAEMONSET,
  fields: ["priorityClassName"],
  podLabels: "name-and-chart",
  args: "args",
  readiness: { rule: "exec-then-map", command: CORE_VERSION, key: "readinessProbeSettings" },
  volumes: { ...FIRST_DAEMONSET.volumes, dataMountPath: "/var/lib/dagger{postfix}", runMountPath: "/var/run/buildkit{postfix}" },
};

const FORK_ROWS: Row[] = [
  {
    versions: ["0.2.0", "0.2.1"],
    changes: {
      defaults: {
        nameOverride: "",
        fullnameOverride: "",
        volumeMountsPostfix: "",
        engine: {
          labels: {},
          args: [],
          resources: { limits: {}, requests: {} },
          image: { pullPolicy: "IfNotPresent" },
          priorityClassName: "",
          readinessProbeSettings: { ...SETTINGS, timeoutSeconds: 14 },
          terminationGracePeriodSeconds: 300,
          newServiceAccount: { create: false, annotations: [] },
          existingServiceAccount: {},
        },
        magicache: { enabled: false, url: "https://api.dagger.cloud/magicache" },
      },
      image: "ref-or-chart-version",
      versionLabel: "v-chart-version",
      engineLabels: true,
      kindChoice: false,
      daemonSet: FORK_DAEMONSET,
      configMapJson: false,
      portService: false,
      forkExtras: false,
    },
  },
  { versions: ["0.2.2"], changes: { daemonSet: { readiness: { rule: "command-list", key: "readinessProbeCommand" } } } },
  {
    versions: ["0.3.0"],
    changes: {
      defaults: {
        engine: { readinessProbeSettings: null, readinessProbe: { exec: { command: CORE_VERSION }, ...SETTINGS, timeoutSeconds: 14 } },
        additionalResources: { role: { create: false }, roleBinding: { create: false }, service: { create: true, name: "dagger-engine-service", port: 8080 } },
        labels: { "app.kubernetes.io/kubiya-runner-component": "dagger-engine" },
      },
      daemonSet: { readiness: { rule: "map", key: "readinessProbe" } },
      forkExtras: true,
    },
  },
  { versions: ["0.3.1"], changes: { daemonSet: { fields: ["priorityClassName", "nodeSelector"] } } },
  { versions: ["0.4.0"], changes: { defaults: { engine: { kind: "DaemonSet" } }, kindChoice: true } },
  {
    versions: ["0.4.1"],
    changes: {
      defaults: {
        engine: {
          readinessProbe: { initialDelaySeconds: 20, timeoutSeconds: 15, periodSeconds: 10, successThreshold: 1, failureThreshold: 5 },
          hostPath: { dataVolume: { enabled: true }, runVolume: { enabled: true } },
          statefulSet: {
            persistentVolumeClaim: { enabled: true, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "50Gi" } } },
            persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Delete" },
            podManagementPolicy: "Parallel",
          },
        },
      },
      statefulSet: {
        fields: ["nodeSelector", "priorityClassName", "annotations", "imagePullSecrets", "lifecycle", "volumes", "sidecars"],
        podLabels: "name-and-chart",
        args: "port-and-args",
        env: "env-and-magicache",
        envFrom: "name-beside-secretRef",
        ports: "port",
        readiness: { rule: "exec-then-map", command: CORE_VERSION, key: "readinessProbe" },
        configJson: true,
        claims: true,
        volumes: {
          dataName: "data",
          runName: "run",
          configName: "config",
          dataHostPath: "/var/lib/dagger{postfix}",
          runHostPath: "/run/dagger{postfix}",
          dataMountPath: "/var/lib/dagger{postfix}",
          runMountPath: "/run/dagger{postfix}",
          hostPathToggles: true,
          dataMountAlways: true,
        },
      },
    },
  },
];

/** The appVersion of each chart version, where the chart had one that mattered. */
const VENDOR_APP_VERSIONS: Record<string, string> = {
  "0.1.0": "v0.9.3",
  "0.1.1": "v0.9.10",
  "0.1.2": "v0.11.1",
  "0.1.3": "v0.11.2",
  "0.1.4": "v0.11.3",
  "0.1.5": "v0.11.4",
  "0.1.6": "v0.11.5",
  "0.1.7": "v0.11.6",
  "0.1.8": "v0.11.7",
  "0.1.9": "v0.11.8",
  "0.1.10": "v0.11.9",
};

/** The fork's appVersion: the engine it meant to run (its templates never used it). */
export const FORK_APP_VERSIONS: Record<string, string> = {
  "0.2.0": "0.13.6",
  "0.2.1": "0.11.6",
  "0.2.2": "0.11.6",
  "0.3.0": "0.11.6",
  "0.3.1": "0.11.6",
  "0.4.0": "0.18.16",
  "0.4.1": "0.18.16",
};

/** The Chart.yaml appVersion, or undefined when the chart had none (dagger's chart from 0.13). */
export function appVersion({ chart, version }: UpstreamVersion): string | undefined {
  if (chart === "fork") return FORK_APP_VERSIONS[version];
  if (VENDOR_APP_VERSIONS[version]) return VENDOR_APP_VERSIONS[version];
  return version.startsWith("0.12.") ? version : undefined;
}

/** Merges a row's changes: maps merge, lists and probe rules replace, null removes (defaults). */
function apply(base: unknown, change: unknown): unknown {
  if (!isTable(base) || !isTable(change) || "rule" in change) return change;
  const out: Table = { ...base };
  for (const [key, value] of Object.entries(change)) {
    if (value === null && key in out && isTable(base)) delete out[key];
    else out[key] = apply(out[key], value);
  }
  return out;
}

const ROWS: Record<UpstreamChart, Row[]> = { vendor: VENDOR_ROWS, fork: FORK_ROWS };

type State = { versions: readonly string[]; behaviour: Behaviour };
const resolved = new Map<UpstreamChart, State[]>();

/** Every state of a chart: its versions and its resolved behaviour (worked out once). */
export function upstreamStates(chart: UpstreamChart): readonly State[] {
  const known = resolved.get(chart);
  if (known) return known;
  const states: State[] = [];
  let behaviour: unknown = {};
  for (const row of ROWS[chart]) {
    behaviour = apply(behaviour, row.changes);
    const current = behaviour as Behaviour;
    // The StatefulSet template starts from the DaemonSet's rules of its time.
    const statefulSet = current.statefulSet && (apply(current.daemonSet, current.statefulSet) as Behaviour["statefulSet"]);
    states.push({ versions: row.versions, behaviour: { ...current, statefulSet } });
  }
  resolved.set(chart, states);
  return states;
}

/** The behaviour of one released version. */
export function behaviourOf(upstream: UpstreamVersion): Behaviour {
  const state = upstreamStates(upstream.chart).find((s) => s.versions.includes(upstream.version));
  if (!state) throw new Error(`no table row for ${upstream.chart}@${upstream.version}`);
  return state.behaviour;
}
