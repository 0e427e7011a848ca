// NOTES.txt tells the user how to reach the engine in each mode, with Helm 3 and Helm 4.
import { describe, expect, it } from "vitest";
import { HELM_MAJORS } from "../../test/helm";
import { helmNotes } from "../../test/helm-notes";

const release = { releaseName: "ci", namespace: "builds" };
const selector = "app.kubernetes.io/name=dagger-helm,app.kubernetes.io/instance=ci,app.kubernetes.io/component=engine";

describe.each(HELM_MAJORS)("NOTES.txt with Helm %i", (major) => {
  async function notes(values: unknown): Promise<string> {
    const result = await helmNotes(major, values, release);
    expect(result.stderr, result.stderr).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
    return result.notes;
  }

  it("DaemonSet: kube-pod:// through a pod found by the selector labels, and the namespace label", async () => {
    const text = await notes({});
    expect(text).toContain("DaemonSet ci-dagger-helm-engine");
    expect(text).toContain(`kubectl get pods --namespace builds -l ${selector}`);
    expect(text).toContain('export _EXPERIMENTAL_DAGGER_RUNNER_HOST="kube-pod://$POD?namespace=builds&container=dagger-engine"');
    expect(text).toContain("kubectl label namespace builds pod-security.kubernetes.io/enforce=privileged");
    expect(text).toContain("dagger-engine-service.builds.svc");
    expect(text).not.toContain("tcp://");
  });

  it("StatefulSet: the first pod by name and its stable address", async () => {
    const statefulSet = { replicas: 3, persistentVolumeClaim: { enabled: true } };
    const text = await notes({ engine: { kind: "StatefulSet", statefulSet: { ...statefulSet, serviceName: "dagger-engine-service" } } });
    expect(text).toContain("3 engines, ci-dagger-helm-engine-0 to ci-dagger-helm-engine-2");
    expect(text).toContain("kube-pod://ci-dagger-helm-engine-0?namespace=builds&container=dagger-engine");
    expect(text).toContain("ci-dagger-helm-engine-0.dagger-engine-service.builds.svc");
    // Without serviceName (the default, as upstream) the pods have no address of their own.
    const unnamed = await notes({ engine: { kind: "StatefulSet", statefulSet } });
    expect(unnamed).not.toContain("ci-dagger-helm-engine-0.dagger-engine-service");
    expect(unnamed).toContain("when engine.statefulSet.serviceName names this Service");
  });

  it("engine.port: the Service's tcp:// address, port-forward and the host port", async () => {
    const text = await notes({ engine: { port: 1234, hostPort: 31234 }, service: { type: "NodePort" } });
    expect(text).toContain("_EXPERIMENTAL_DAGGER_RUNNER_HOST=tcp://ci-dagger-helm.builds.svc.cluster.local:1234");
    expect(text).toContain("kubectl port-forward --namespace builds service/ci-dagger-helm 1234:1234");
    expect(text).toContain("tcp://<node address>:31234");
    expect(text).toContain("As a NodePort Service");
    expect(text).toContain("no authentication");
  });

  it("engine.containerPorts: lists the forwarded ports; tcp:// only for the engine's own port", async () => {
    const ports = [{ name: "metrics", containerPort: 9090 }, { name: "dagger", containerPort: 1234, hostPort: 1234 }];
    const withPort = await notes({ engine: { port: 1234, containerPorts: ports } });
    expect(withPort).toContain("metrics: 9090/TCP");
    expect(withPort).toContain("dagger: 1234/TCP (also port 1234 of each node)");
    expect(withPort).toContain("tcp://ci-dagger-helm.builds.svc.cluster.local:1234");
    const withoutPort = await notes({ engine: { containerPorts: ports.slice(0, 1) } });
    expect(withoutPort).toContain("metrics: 9090/TCP");
    expect(withoutPort).not.toContain("tcp://");
  });

  it("the CLI version, the socket through the host path, and the TCP client's affinity and NetworkPolicy", async () => {
    const text = await notes({ engine: { port: 1234 }, volumeMountsPostfix: "agent-1", networkPolicy: { enabled: true } });
    expect(text).toContain("DAGGER_VERSION=0.21.8 ");
    expect(text).toContain("/run/dagger-ci-dagger-helm-agent-1\n   into the job at /run/dagger-agent-1");
    expect(text).toContain("_EXPERIMENTAL_DAGGER_RUNNER_HOST=unix:///run/dagger-agent-1/engine.sock");
    expect(text).toContain("6. Connect over TCP");
    expect(text).toContain("set\n   service.sessionAffinity to ClientIP, or service.internalTrafficPolicy to Local.");
    expect(text).toContain("(label the job pods dagger-helm/client=true)");
    // Without engine.port the engine listens only on /run/dagger/engine.sock, outside the moved mount.
    const noPort = await notes({ volumeMountsPostfix: "agent-1", engine: { image: { ref: "example.com/engine:main" } } });
    expect(noPort).not.toContain("unix://");
    expect(noPort).toContain("the image names no release");
    expect(await notes({ engine: { image: { ref: "registry.dagger.io/engine:v0.16.3" } } })).not.toContain("unix://");
    expect(await notes({ engine: { image: { ref: "registry.dagger.io/engine:v1.0.0-beta.10" } } })).toContain("unix:///run/dagger/engine.sock");
    const quoted = await notes({ engine: { port: 1234 }, volumeMountsPostfix: "agent 1's $x" });
    expect(quoted).toContain("export _EXPERIMENTAL_DAGGER_RUNNER_HOST='unix:///run/dagger-agent 1'\\''s $x/engine.sock'");
    const local = await notes({ engine: { port: 1234 }, service: { internalTrafficPolicy: "Local" } });
    expect(local).toContain("a job reaches the engine of its own node");
    expect(local).not.toContain("sessionAffinity");
  });

  it("names follow the chart's helpers, headless service and magicache when set", async () => {
    const text = await notes({
      fullnameOverride: "x".repeat(60),
      additionalResources: { service: { create: false } },
      magicache: { enabled: true, secretName: "cache-token" },
    });
    expect(text).toContain(`DaemonSet ${"x".repeat(56)}-engine`);
    expect(text).not.toContain("headless");
    expect(text).toContain("Secret cache-token");
  });
});

describe("the tpl route used for Helm 3", () => {
  it("gives exactly the NOTES of a real Helm 4 dry-run install", async () => {
    for (const values of [{}, { engine: { kind: "StatefulSet", port: 80, containerPorts: [{ name: "dagger", containerPort: 80 }] }, magicache: { enabled: true, token: "t" } }]) {
      const [installed, templated] = await Promise.all([helmNotes(4, values, release, "install"), helmNotes(4, values, release, "tpl")]);
      expect(installed.ok && templated.ok, installed.stderr + templated.stderr).toBe(true);
      expect(templated.notes).toBe(installed.notes);
    }
  });
});
