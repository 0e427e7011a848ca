import { describe, expect, it } from "vitest";
import { defaultValues, type TValues } from "../index";
import { podSecurityLevel } from "./pod-security";

function values(change: (values: TValues) => void): TValues {
  const copy = structuredClone(defaultValues());
  change(copy);
  return copy;
}

/** Values that meet the restricted level: no host paths, non-root, no capabilities, seccomp. */
const restricted = (change: (v: TValues) => void = () => {}) =>
  values((v) => {
    v.engine.hostPath.dataVolume.enabled = false;
    v.engine.hostPath.runVolume.enabled = false;
    v.engine.securityContext = { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } };
    v.engine.containerSecurityContext = { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } };
    change(v);
  });

describe("podSecurityLevel", () => {
  it("needs privileged for the chart's defaults, and says why", () => {
    const verdict = podSecurityLevel(defaultValues());
    expect(verdict.level).toBe("privileged");
    expect(verdict.namespaceLabel).toBe("pod-security.kubernetes.io/enforce: privileged");
    expect(verdict.privileged.map((r) => r.path)).toEqual([
      "engine.hostPath.dataVolume.enabled",
      "engine.hostPath.runVolume.enabled",
      "engine.containerSecurityContext.privileged",
      "engine.containerSecurityContext.capabilities.add",
    ]);
    expect(verdict.privileged[3].reason).toBe("a container adds ALL");
  });

  it("finds restricted values restricted", () => {
    const verdict = podSecurityLevel(restricted());
    expect(verdict).toMatchObject({ level: "restricted", privileged: [], baseline: [] });
    expect(verdict.namespaceLabel).toBe("pod-security.kubernetes.io/enforce: restricted");
  });

  it("does not count the data host path when a StatefulSet's claim replaces it", () => {
    const claim = restricted((v) => {
      v.engine.kind = "StatefulSet";
      v.engine.statefulSet.persistentVolumeClaim.enabled = true;
      v.engine.hostPath.dataVolume.enabled = true;
    });
    expect(podSecurityLevel(claim).level).toBe("restricted");
    expect(podSecurityLevel(restricted((v) => (v.engine.hostPath.dataVolume.enabled = true))).level).toBe("privileged");
  });

  it("needs privileged for a host port, on engine.port or on containerPorts", () => {
    const hostPort = podSecurityLevel(restricted((v) => ((v.engine.port = 1234), (v.engine.hostPort = 1234))));
    expect(hostPort.privileged).toEqual([{ path: "engine.hostPort", reason: "a container binds host port 1234" }]);
    const listed = podSecurityLevel(restricted((v) => (v.engine.containerPorts = [{ name: "d", containerPort: 1, hostPort: 2 }])));
    expect(listed.privileged.map((r) => r.path)).toEqual(["engine.containerPorts[0].hostPort"]);
  });

  it("lets baseline capabilities through to baseline but not to restricted", () => {
    const verdict = podSecurityLevel(restricted((v) => (v.engine.containerSecurityContext = { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"], add: ["CAP_CHOWN"] } })));
    expect(verdict.level).toBe("baseline");
    expect(verdict.baseline.map((r) => r.reason)).toEqual(["a container adds CHOWN"]);
    const sysAdmin = podSecurityLevel(restricted((v) => (v.engine.containerSecurityContext = { capabilities: { add: ["SYS_ADMIN"] } })));
    expect(sysAdmin.level).toBe("privileged");
  });

  it("needs baseline for a root user, privilege escalation or a missing seccomp profile", () => {
    expect(podSecurityLevel(restricted((v) => (v.engine.securityContext = { runAsNonRoot: true }))).baseline.map((r) => r.path)).toEqual([
      "engine.containerSecurityContext.seccompProfile.type",
    ]);
    const root = podSecurityLevel(restricted((v) => (v.engine.securityContext = { runAsUser: 0, seccompProfile: { type: "RuntimeDefault" } })));
    expect(root.level).toBe("baseline");
    expect(root.baseline.map((r) => r.path)).toEqual(["engine.securityContext.runAsUser", "engine.containerSecurityContext.runAsNonRoot"]);
  });

  it("looks at sidecars and extra volumes too", () => {
    const sidecar = podSecurityLevel(restricted((v) => (v.engine.sidecars = [{ name: "proxy", securityContext: { privileged: true } }])));
    expect(sidecar.privileged.map((r) => r.path)).toEqual(["engine.sidecars[0].securityContext.privileged"]);
    const volume = podSecurityLevel(restricted((v) => (v.engine.volumes = [{ name: "docker", hostPath: { path: "/var/run" } }])));
    expect(volume.privileged.map((r) => r.path)).toEqual(["engine.volumes[0]"]);
    const nfs = podSecurityLevel(restricted((v) => (v.engine.volumes = [{ name: "shared", nfs: { server: "x", path: "/" } }])));
    expect(nfs.level).toBe("baseline");
  });

  it("treats an Unconfined seccomp profile as privileged", () => {
    const verdict = podSecurityLevel(restricted((v) => (v.engine.securityContext = { runAsNonRoot: true, seccompProfile: { type: "Unconfined" } })));
    expect(verdict.level).toBe("privileged");
  });
});
