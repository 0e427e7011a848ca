import { describe, expect, it } from "vitest";
import { readDeployed } from "./deployed-input";

const MANIFEST = `---
# Source: dagger-helm/templates/engine-daemonset.yaml
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ci-dagger-helm-engine
  namespace: build
  labels:
    helm.sh/chart: dagger-helm-0.5.0
    app.kubernetes.io/instance: ci
spec:
  selector:
    matchLabels:
      name: ci-dagger-helm-engine
`;

describe("readDeployed", () => {
  it("takes helm get manifest output as the objects, with the release, namespace and chart they name", () => {
    const read = readDeployed(MANIFEST, "deployed.yaml");
    expect(read).toMatchObject({ type: "manifest", release: "ci", namespace: "build", chart: "dagger-helm-0.5.0" });
    expect(read.type === "manifest" && read.objects.map((object) => object.kind)).toEqual(["DaemonSet"]);
  });

  it("reads a key given twice as a Kubernetes client does: the last one wins", () => {
    const read = readDeployed(`${MANIFEST}  replicas: 1\n  replicas: 2\n`, "deployed.yaml");
    expect(read.type === "manifest" && (read.objects[0]?.spec as { replicas: number }).replicas).toBe(2);
  });

  it("takes helm get values output, with or without -o yaml, as values", () => {
    expect(readDeployed("engine:\n  kind: StatefulSet\n", "values.yaml")).toEqual({ type: "values", values: { engine: { kind: "StatefulSet" } } });
    expect(readDeployed("USER-SUPPLIED VALUES:\nengine:\n  kind: StatefulSet\n", "values.yaml")).toEqual({ type: "values", values: { engine: { kind: "StatefulSet" } } });
    expect(readDeployed("USER-SUPPLIED VALUES:\nnull\n", "values.yaml")).toEqual({ type: "values", values: {} });
    expect(readDeployed("", "values.yaml")).toEqual({ type: "values", values: {} });
  });

  it("reads values with the YAML 1.1 rules Helm reads them with", () => {
    expect(readDeployed("engine:\n  labels:\n    on: yes\n", "values.yaml")).toEqual({ type: "values", values: { engine: { labels: { true: true } } } });
  });

  it("names the file, line and column of broken YAML", () => {
    expect(() => readDeployed("engine:\n  kind: [\n", "deployed.yaml")).toThrow(/^deployed\.yaml:3:1: /);
  });

  it("names the document of a manifest that is not an object", () => {
    expect(() => readDeployed(`${MANIFEST}---\nengine:\n  kind: StatefulSet\n`, "deployed.yaml")).toThrow(
      "deployed.yaml:16:1: document 2 is not a Kubernetes object (no apiVersion and kind); pass the output of `helm get manifest <release>` or of `helm get values <release> -o yaml`",
    );
  });

  it("refuses kubectl's List, whose objects carry the server's defaults", () => {
    expect(() => readDeployed("apiVersion: v1\nkind: List\nitems: []\n", "live.yaml")).toThrow(/^live\.yaml:1:1: a List \(kubectl get -o yaml\)/);
  });

  it("refuses values that are a list", () => {
    expect(() => readDeployed("- a\n- b\n", "values.yaml")).toThrow(/^values\.yaml:1:1: values must be a YAML mapping/);
  });
});
