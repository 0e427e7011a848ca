// A Flux file for the release: the Namespace with its Pod Security label, a HelmRepository for
// the chart repository beside the wizard, and a HelmRelease (helm.toolkit.fluxcd.io/v2) whose
// spec.values is the user's values.yaml, comments included.
import { toYaml11 } from "../yaml/yaml11";
import { CHART_NAME, comments, documentText, joinDocuments, namespaceObject, type GitOpsTarget } from "./documents";

export const FLUX_FILE = "dagger-helm-flux.yaml";

export function fluxFile(target: GitOpsTarget): string {
  const { release } = target;
  const repository = {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "HelmRepository",
    metadata: { name: CHART_NAME, namespace: release.namespace },
    spec: { url: target.chartsUrl, interval: "1h" },
  };
  const helmRelease = {
    apiVersion: "helm.toolkit.fluxcd.io/v2",
    kind: "HelmRelease",
    metadata: { name: release.name, namespace: release.namespace },
    spec: {
      releaseName: release.name,
      interval: "30m",
      chart: {
        spec: { chart: CHART_NAME, version: target.chartVersion, sourceRef: { kind: "HelmRepository", name: CHART_NAME } },
      },
      values: null,
    },
  };
  return joinDocuments([
    comments("The namespace, labelled for the Pod Security level the engine's pods need.") + toYaml11(namespaceObject(target)),
    comments("The chart repository beside the wizard that wrote this file.") + toYaml11(repository),
    comments("The release; spec.values is your values.yaml.") + documentText(helmRelease, ["spec", "values"], target.valuesText),
  ]);
}
