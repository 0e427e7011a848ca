// Starting points the wizard applies in one click. Each is a values file as a user would write
// it (only what differs from the chart defaults); applying one coalesces it with the defaults, so
// a preset never carries over settings from whatever the form held before.
import type { Table } from "../values/tree";

export interface Preset {
  id: string;
  label: string;
  /** One sentence: what the user gets and when to choose it. */
  description: string;
  values: Table;
}

export const PRESETS: readonly Preset[] = [
  {
    id: "daemonset",
    label: "DaemonSet (chart defaults)",
    description: "One engine on every node, its cache on the node's disk. The chart's defaults.",
    values: {},
  },
  {
    id: "statefulset-cache",
    label: "StatefulSet with persistent cache",
    description: "One engine with a 100Gi volume that is kept (Retain) when the engine is deleted or scaled down.",
    values: {
      engine: {
        kind: "StatefulSet",
        statefulSet: {
          persistentVolumeClaim: { enabled: true, resources: { requests: { storage: "100Gi" } } },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
        },
      },
    },
  },
  {
    id: "runner",
    label: "Runner (as kubiya-runner uses it)",
    description:
      "A StatefulSet engine with its own volume, headless Service, ServiceAccount, Role and RoleBinding, " +
      "paths suffixed with -runner so it can share a node, and a patient readiness probe.",
    values: {
      volumeMountsPostfix: "runner",
      engine: {
        kind: "StatefulSet",
        newServiceAccount: { create: true },
        readinessProbe: {
          exec: { command: ["dagger", "core", "version"] },
          initialDelaySeconds: 10,
          periodSeconds: 15,
          timeoutSeconds: 10,
          successThreshold: 1,
          failureThreshold: 10,
        },
        statefulSet: {
          podManagementPolicy: "Parallel",
          persistentVolumeClaim: { enabled: true, resources: { requests: { storage: "100Gi" } } },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
        },
      },
      additionalResources: {
        role: { create: true },
        roleBinding: { create: true },
        service: { create: true, name: "dagger-engine-service", port: 8080 },
      },
    },
  },
];
