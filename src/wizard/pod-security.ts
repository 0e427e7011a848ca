// The Pod Security Standards level (https://kubernetes.io/docs/concepts/security/pod-security-standards/)
// that the engine's pods need: the namespace's `pod-security.kubernetes.io/enforce` label must
// allow at least this level, or the API server refuses the pods.
import type { TValues } from "../values/schema";
import { engineListeningPorts } from "./warnings";

export type PodSecurityLevel = "privileged" | "baseline" | "restricted";

export interface PodSecurityReason {
  /** The key path of the value that raises the level. */
  path: string;
  /** Why, in the standard's words. */
  reason: string;
}

export interface PodSecurityVerdict {
  level: PodSecurityLevel;
  /** What keeps the pod out of the baseline level (each makes it privileged). */
  privileged: PodSecurityReason[];
  /** What keeps it out of the restricted level. */
  baseline: PodSecurityReason[];
  /** The namespace label that admits the pods. */
  namespaceLabel: string;
}

/** Capabilities the baseline level lets a container add. */
const BASELINE_CAPABILITIES = new Set([
  "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
  "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
]);
const BASELINE_SELINUX_TYPES = new Set(["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);
const SAFE_SYSCTLS = new Set([
  "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes",
]);
const RESTRICTED_VOLUME_TYPES = new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"]);

type Context = Record<string, unknown> | undefined;

interface Container {
  /** Path prefix of the container's security context: engine.containerSecurityContext or engine.sidecars[0].securityContext */
  contextPath: string;
  context: Context;
  ports: { path: string; hostPort?: unknown }[];
}

const stripName = (name: unknown) => String(name ?? "").toUpperCase().replace(/^CAP_/, "");

function containers(values: TValues): Container[] {
  const { engine } = values;
  const enginePorts = (engine.containerPorts ?? []).length
    ? (engine.containerPorts ?? []).map((port, i) => ({ path: `engine.containerPorts[${i}].hostPort`, hostPort: port.hostPort }))
    : engineListeningPorts(values).length
      ? [{ path: "engine.hostPort", hostPort: engine.hostPort }]
      : [];
  const list: Container[] = [
    { contextPath: "engine.containerSecurityContext", context: engine.containerSecurityContext as Context, ports: enginePorts },
  ];
  (engine.sidecars ?? []).forEach((sidecar, index) => {
    const ports = Array.isArray(sidecar.ports) ? (sidecar.ports as { hostPort?: unknown }[]) : [];
    list.push({
      contextPath: `engine.sidecars[${index}].securityContext`,
      context: sidecar.securityContext as Context,
      ports: ports.map((port, i) => ({ path: `engine.sidecars[${index}].ports[${i}].hostPort`, hostPort: port?.hostPort })),
    });
  });
  return list;
}

function get(context: Context, key: string): unknown {
  return context?.[key];
}

/** The checks of the baseline level: each failure makes the pod privileged. */
function privilegedReasons(values: TValues): PodSecurityReason[] {
  const { engine } = values;
  const reasons: PodSecurityReason[] = [];
  const add = (path: string, reason: string) => reasons.push({ path, reason });
  const pod = engine.securityContext as Context;
  const claim = engine.kind === "StatefulSet" && engine.statefulSet.persistentVolumeClaim.enabled;

  if (engine.hostPath.dataVolume.enabled && !claim) add("engine.hostPath.dataVolume.enabled", "the data volume is a host path");
  if (engine.hostPath.runVolume.enabled) add("engine.hostPath.runVolume.enabled", "the run volume is a host path");
  (engine.volumes ?? []).forEach((volume, i) => {
    if (volume.hostPath) add(`engine.volumes[${i}]`, `volume "${volume.name}" is a host path`);
  });

  for (const [owner, context] of [["engine.securityContext", pod], ...containers(values).map((c) => [c.contextPath, c.context] as const)] as const) {
    const windows = get(context, "windowsOptions") as Context;
    if (get(windows, "hostProcess") === true) add(`${owner}.windowsOptions.hostProcess`, "it runs a Windows host process");
    const seLinux = get(context, "seLinuxOptions") as Context;
    if (seLinux && !BASELINE_SELINUX_TYPES.has(String(get(seLinux, "type") ?? ""))) add(`${owner}.seLinuxOptions.type`, "it sets a custom SELinux type");
    if (get(seLinux, "user") || get(seLinux, "role")) add(`${owner}.seLinuxOptions`, "it sets an SELinux user or role");
    if (get(get(context, "seccompProfile") as Context, "type") === "Unconfined") add(`${owner}.seccompProfile.type`, "its seccomp profile is Unconfined");
    if (get(get(context, "appArmorProfile") as Context, "type") === "Unconfined") add(`${owner}.appArmorProfile.type`, "its AppArmor profile is Unconfined");
  }
  ((get(pod, "sysctls") as { name?: unknown }[] | undefined) ?? []).forEach((sysctl, i) => {
    if (!SAFE_SYSCTLS.has(String(sysctl?.name))) add(`engine.securityContext.sysctls[${i}]`, `sysctl ${String(sysctl?.name)} is not in the safe set`);
  });

  for (const container of containers(values)) {
    const { context, contextPath } = container;
    if (get(context, "privileged") === true) add(`${contextPath}.privileged`, "a container runs privileged");
    const added = ((get(get(context, "capabilities") as Context, "add") as unknown[] | undefined) ?? []).map(stripName);
    const extra = added.filter((cap) => !BASELINE_CAPABILITIES.has(cap));
    if (extra.length) add(`${contextPath}.capabilities.add`, `a container adds ${extra.join(", ")}`);
    if (get(context, "procMount") === "Unmasked") add(`${contextPath}.procMount`, "a container unmasks /proc");
    for (const port of container.ports) {
      if (port.hostPort) add(port.path, `a container binds host port ${String(port.hostPort)}`);
    }
  }
  return reasons;
}

/** The further checks of the restricted level. */
function baselineReasons(values: TValues): PodSecurityReason[] {
  const { engine } = values;
  const reasons: PodSecurityReason[] = [];
  const add = (path: string, reason: string) => reasons.push({ path, reason });
  const pod = engine.securityContext as Context;

  (engine.volumes ?? []).forEach((volume, i) => {
    const type = Object.keys(volume).find((key) => key !== "name");
    if (type && type !== "hostPath" && !RESTRICTED_VOLUME_TYPES.has(type)) add(`engine.volumes[${i}]`, `volume "${volume.name}" is of type ${type}`);
  });
  const podNonRoot = get(pod, "runAsNonRoot") === true;
  const podSeccomp = String(get(get(pod, "seccompProfile") as Context, "type") ?? "");
  if (get(pod, "runAsUser") === 0) add("engine.securityContext.runAsUser", "the pod runs as root (runAsUser 0)");
  for (const { context, contextPath } of containers(values)) {
    if (get(context, "allowPrivilegeEscalation") !== false) add(`${contextPath}.allowPrivilegeEscalation`, "a container may escalate privileges (allowPrivilegeEscalation is not false)");
    const nonRoot = get(context, "runAsNonRoot");
    if (!(nonRoot === true || (nonRoot === undefined && podNonRoot))) add(`${contextPath}.runAsNonRoot`, "a container may run as root (runAsNonRoot is not true)");
    if (get(context, "runAsUser") === 0) add(`${contextPath}.runAsUser`, "a container runs as root (runAsUser 0)");
    const seccomp = String(get(get(context, "seccompProfile") as Context, "type") ?? podSeccomp);
    if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") add(`${contextPath}.seccompProfile.type`, "a container has no RuntimeDefault or Localhost seccomp profile");
    const capabilities = get(context, "capabilities") as Context;
    const dropped = ((get(capabilities, "drop") as unknown[] | undefined) ?? []).map(stripName);
    if (!dropped.includes("ALL")) add(`${contextPath}.capabilities.drop`, "a container does not drop ALL capabilities");
    const added = ((get(capabilities, "add") as unknown[] | undefined) ?? []).map(stripName).filter((cap) => cap !== "NET_BIND_SERVICE");
    if (added.length) add(`${contextPath}.capabilities.add`, `a container adds ${added.join(", ")}`);
  }
  return reasons;
}

/** The least permissive Pod Security Standards level that admits the engine's pods. */
export function podSecurityLevel(values: TValues): PodSecurityVerdict {
  const privileged = privilegedReasons(values);
  const baseline = baselineReasons(values);
  const level: PodSecurityLevel = privileged.length ? "privileged" : baseline.length ? "baseline" : "restricted";
  return { level, privileged, baseline, namespaceLabel: `pod-security.kubernetes.io/enforce: ${level}` };
}
