import type { TStepId } from "./step-ids";

export const STEP_LABELS: Record<TStepId, { label: string; description: string }> = {
  release: { label: "Release", description: "Name, namespace and image" },
  kind: { label: "Deployment", description: "DaemonSet or StatefulSet" },
  storage: { label: "Storage", description: "Where the cache lives" },
  security: { label: "Security", description: "Contexts, accounts, RBAC" },
  engine: { label: "Engine", description: "Config, ports, cache" },
  scheduling: { label: "Scheduling", description: "Resources, placement, probes" },
  connect: { label: "Connect", description: "How CI jobs reach it" },
  review: { label: "Review", description: "Summary and problems" },
};
