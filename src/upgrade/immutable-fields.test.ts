// The upgrade check against hand-made workloads and against stored upstream renders.
import { describe, expect, it } from "vitest";
import { CORPUS } from "../../test/corpus/corpus";
import { upstreamObjects } from "../../test/corpus/upstream-render";
import { quantityValue, upgradeFindings, upgradeRefusals } from "./immutable-fields";

type Workload = Record<string, unknown> & { spec: Record<string, unknown> };

function workload(kind: string, name: string, spec: Record<string, unknown> = {}, dataVolume?: Record<string, unknown>): Workload {
  const volumes = dataVolume ? [{ name: "data", ...dataVolume }] : [];
  return {
    apiVersion: "apps/v1",
    kind,
    metadata: { name },
    spec: {
      selector: { matchLabels: { name } },
      template: {
        metadata: { labels: { name } },
        spec: { containers: [{ name: "dagger-engine", volumeMounts: [{ name: "data", mountPath: "/var/lib/dagger" }] }], volumes },
      },
      ...spec,
    },
  };
}

const hostData = (path: string) => ({ hostPath: { path } });
const claim = (spec: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ metadata: { name: "data" }, ...extra, spec });

describe("upgradeFindings", () => {
  it("finds nothing when nothing immutable changes", () => {
    const before = workload("DaemonSet", "d-engine", {}, hostData("/var/lib/dagger"));
    const after = structuredClone(before);
    (after.spec.template as { metadata: { labels: Record<string, string> } }).metadata.labels.extra = "yes";
    expect(upgradeFindings([before], [after])).toEqual([]);
  });

  it("refuses a DaemonSet selector change and names the field", () => {
    const before = workload("DaemonSet", "d-engine");
    const after = workload("DaemonSet", "d-engine", { selector: { matchLabels: { name: "d-engine", "app.kubernetes.io/name": "dagger-helm" } } });
    const findings = upgradeFindings([before], [after]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "refused",
      kind: "DaemonSet",
      name: "d-engine",
      field: 'spec.selector.matchLabels["app.kubernetes.io/name"]',
      before: undefined,
      after: "dagger-helm",
    });
    expect(findings[0]?.message).toMatch(/refuses to change the selector of the DaemonSet d-engine/);
  });

  it("reports every StatefulSet field outside the mutable list", () => {
    const before = workload("StatefulSet", "s-engine", { podManagementPolicy: "Parallel" });
    const after = workload("StatefulSet", "s-engine", { serviceName: "s-engine", replicas: 3, minReadySeconds: 5 });
    const findings = upgradeRefusals(upgradeFindings([before], [after]));
    expect(findings.map((finding) => [finding.field, finding.before, finding.after])).toEqual([
      ["spec.podManagementPolicy", "Parallel", "OrderedReady"],
      ["spec.serviceName", undefined, "s-engine"],
    ]);
  });

  it("fills in the server's defaults before comparing StatefulSets", () => {
    const before = workload("StatefulSet", "s-engine", {
      volumeClaimTemplates: [claim({ accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "50Gi" } } })],
    });
    const after = workload("StatefulSet", "s-engine", {
      podManagementPolicy: "OrderedReady",
      serviceName: "",
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Delete" },
      revisionHistoryLimit: 3,
      volumeClaimTemplates: [
        claim({ accessModes: ["ReadWriteOnce"], volumeMode: "Filesystem", resources: { requests: { storage: "53687091200" } }, storageClassName: null }),
      ],
    });
    expect(upgradeFindings([before], [after])).toEqual([]);
  });

  it("refuses claim template changes, apiVersion and kind included", () => {
    const spec = { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } };
    const before = workload("StatefulSet", "s-engine", { volumeClaimTemplates: [claim(spec)] });
    const typed = workload("StatefulSet", "s-engine", { volumeClaimTemplates: [claim(spec, { apiVersion: "v1", kind: "PersistentVolumeClaim" })] });
    const bigger = workload("StatefulSet", "s-engine", { volumeClaimTemplates: [claim({ ...spec, resources: { requests: { storage: "20Gi" } } })] });
    const none = workload("StatefulSet", "s-engine");
    expect(upgradeFindings([before], [typed]).map((finding) => finding.field)).toEqual(["spec.volumeClaimTemplates[0].apiVersion", "spec.volumeClaimTemplates[0].kind"]);
    expect(upgradeFindings([before], [bigger])).toMatchObject([
      { severity: "refused", field: "spec.volumeClaimTemplates[0].spec.resources.requests.storage", before: "10Gi", after: "20Gi" },
    ]);
    expect(upgradeFindings([before], [none])).toMatchObject([
      { severity: "refused", field: "spec.volumeClaimTemplates", after: undefined },
      { severity: "cache-lost", before: "the volume claims data-s-engine-<ordinal>" },
    ]);
  });

  it("reports a kind change under the same name as a replacement, not a refusal", () => {
    const before = workload("DaemonSet", "x-engine", {}, hostData("/var/lib/dagger-x"));
    const after = workload("StatefulSet", "x-engine", {}, hostData("/var/lib/dagger-x"));
    const findings = upgradeFindings([before], [after]);
    expect(findings).toMatchObject([{ severity: "replaced", kind: "DaemonSet", name: "x-engine", field: "kind", before: "DaemonSet", after: "StatefulSet" }]);
    expect(upgradeRefusals(findings)).toEqual([]);
  });

  it("reports a renamed workload as a replacement", () => {
    const findings = upgradeFindings([workload("DaemonSet", "old-engine")], [workload("DaemonSet", "new-engine")]);
    expect(findings).toMatchObject([{ severity: "replaced", field: "metadata.name", before: "old-engine", after: "DaemonSet new-engine" }]);
  });

  it("reports a data host path that moves as a lost cache", () => {
    const before = workload("DaemonSet", "d-engine", {}, hostData("/var/lib/dagger"));
    const moved = workload("DaemonSet", "d-engine", {}, hostData("/var/lib/dagger-dagger-dagger-helm"));
    const emptied = workload("DaemonSet", "d-engine", {}, { emptyDir: {} });
    expect(upgradeFindings([before], [moved])).toMatchObject([
      { severity: "cache-lost", before: "host path /var/lib/dagger", after: "host path /var/lib/dagger-dagger-dagger-helm" },
    ]);
    expect(upgradeFindings([before], [emptied])).toMatchObject([{ severity: "cache-lost", after: "an emptyDir" }]);
  });

  it("finds no cache to lose where the data volume is mounted beside /var/lib/dagger (a volumeMountsPostfix)", () => {
    const postfixed = (path: string) => {
      const object = workload("DaemonSet", "d-engine", {}, hostData(path));
      const container = (object.spec.template as { spec: { containers: { volumeMounts: { mountPath: string }[] }[] } }).spec.containers[0];
      if (container?.volumeMounts[0]) container.volumeMounts[0].mountPath = "/var/lib/dagger-agent";
      return object;
    };
    expect(upgradeFindings([postfixed("/var/lib/dagger")], [postfixed("/var/lib/dagger-agent")])).toEqual([]);
  });

  it("takes a StatefulSet's data from its claim template where a host path volume has the same name", () => {
    const claim = { volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "50Gi" } } } }] };
    const both = workload("StatefulSet", "s-engine", claim, hostData("/var/lib/dagger"));
    const claimOnly = workload("StatefulSet", "s-engine", claim);
    expect(upgradeFindings([both], [claimOnly])).toEqual([]);
  });

  it("leaves objects other than apps/v1 workloads alone", () => {
    const service = { apiVersion: "v1", kind: "Service", metadata: { name: "svc" }, spec: { selector: { a: "b" } } };
    expect(upgradeFindings([service], [])).toEqual([]);
  });
});

describe("quantityValue", () => {
  it.each([
    ["50Gi", 50 * 2 ** 30],
    ["100m", 0.1],
    ["1e3", 1000],
    ["1.5k", 1500],
    [4, 4],
  ] as const)("%s", (text, value) => expect(quantityValue(text)).toBeCloseTo(value));

  it("is undefined for text that is no quantity", () => expect(quantityValue("lots")).toBeUndefined());
});

describe("against stored upstream renders", () => {
  const entry = CORPUS.find((candidate) => candidate.file === "kubiya-runner-0.8.0-values.yaml")!;
  const deployed = upstreamObjects(entry);

  it("finds nothing between a render and itself", () => {
    expect(upgradeFindings(deployed, deployed)).toEqual([]);
  });

  it("reads a key given twice as Kubernetes does: the last one wins", () => {
    const statefulSet = deployed.find((object) => object.kind === "StatefulSet") as Workload;
    const container = (statefulSet.spec.template as { spec: { containers: { readinessProbe: unknown }[] } }).spec.containers[0];
    expect(container?.readinessProbe).toMatchObject({ exec: { command: ["buildctl", "debug", "workers"] } });
  });

  it("refuses the fork's Parallel StatefulSet moving to OrderedReady", () => {
    const next = structuredClone(deployed);
    const statefulSet = next.find((object) => object.kind === "StatefulSet") as Workload;
    statefulSet.spec.podManagementPolicy = "OrderedReady";
    expect(upgradeRefusals(upgradeFindings(deployed, next))).toMatchObject([
      { kind: "StatefulSet", name: "kubiya-runner-dagger-helm-engine", field: "spec.podManagementPolicy", before: "Parallel", after: "OrderedReady" },
    ]);
  });
});
