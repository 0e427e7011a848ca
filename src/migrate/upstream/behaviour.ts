// The vocabulary of the version table: what an upstream chart state does, as data. Each field
// names a behaviour that changed at least once between released versions (table.ts says when).
import type { Table } from "../../values/tree";

/** How a probe is rendered from the values. */
export type ProbeRule =
  /** A fixed exec handler, then the map at `key` written over it (its keys win). */
  | { rule: "exec-then-map"; command: readonly string[]; key: string }
  /** The map at `key` as it is (no probe keys are added). */
  | { rule: "map"; key: string }
  /** `exec.command` is the list at `key` (fork 0.2.2). */
  | { rule: "command-list"; key: string };

/** Where the engine's volumes are, with `{fullname}` and `{postfix}` ("-<volumeMountsPostfix>" or "") in paths. */
export interface VolumeRule {
  dataName: string;
  runName: string;
  configName: string;
  dataHostPath: string;
  runHostPath: string;
  dataMountPath: string;
  runMountPath: string;
  /** engine.hostPath.dataVolume.enabled / runVolume.enabled are read. */
  hostPathToggles: boolean;
  /** The data mount is there even when its host path volume is off (a StatefulSet's claim may provide it). */
  dataMountAlways: boolean;
}

export interface PodRule {
  /** Optional pod-spec and container keys this template writes from engine.<key>. */
  fields: readonly PodField[];
  /** Labels of the pod template: only the selector's `name`, or that plus the chart's labels. */
  podLabels: "name" | "name-and-chart";
  args: "fixed" | "args" | "port-and-args";
  env: "magicache" | "env-and-magicache";
  /** "name-beside-secretRef": a template indentation slip put the Secret's name next to `secretRef:`. */
  envFrom: "secretRef" | "name-beside-secretRef";
  ports: "none" | "port" | "container-ports";
  readiness: ProbeRule;
  liveness?: ProbeRule;
  volumes: VolumeRule;
  /** engine.configJson is read (else only engine.config). */
  configJson: boolean;
}

export type PodField =
  | "nodeSelector"
  | "priorityClassName"
  | "runtimeClassName"
  | "shareProcessNamespace"
  | "imagePullSecrets"
  | "annotations"
  | "lifecycle"
  | "volumes"
  | "sidecars";

export interface Behaviour {
  /** The chart's values.yaml, as data. */
  defaults: Table;
  /**
   * The engine image when none is set: "repository-app-version" = repository:tag-or-appVersion,
   * "repository-v-app-version" = repository:tag-or-v<appVersion>, "ref-or-chart-version" =
   * engine.image.ref or registry.dagger.io/engine:v<chart version>.
   */
  image: "repository-app-version" | "repository-v-app-version" | "ref-or-chart-version";
  /** The app.kubernetes.io/version label. */
  versionLabel: "quoted-app-version" | "v-app-version" | "v-chart-version" | "v-chart-version-cut";
  /** engine.labels are added to every resource's labels. */
  engineLabels: boolean;
  /** engine.kind chooses between the DaemonSet and the StatefulSet. */
  kindChoice: boolean;
  daemonSet: PodRule;
  statefulSet?: PodRule & {
    /** podManagementPolicy, the claim template and its retention policy are rendered. */
    claims: boolean;
  };
  /** The ConfigMap carries engine.json from engine.configJson. */
  configMapJson: boolean;
  /** dagger's Service named <fullname> when a port is set (0.21.0 on). */
  portService: boolean;
  /** The fork's Role, RoleBinding and headless discovery Service (additionalResources). */
  forkExtras: boolean;
}

/** A table row: the versions of one state and what changed since the row before it. */
export interface Row {
  versions: readonly string[];
  /** Behaviours that change at this state; nested objects merge into the previous ones. */
  changes: DeepPartial<Behaviour>;
}

export type DeepPartial<T> = { [K in keyof T]?: DeepPartialValue<NonNullable<T[K]>> };
type DeepPartialValue<V> = V extends readonly unknown[] ? V : V extends { rule: string } ? V : V extends object ? DeepPartial<V> : V;
