// An Argo CD Application for the release: the chart from the repository beside the wizard, the
// user's values.yaml as spec.source.helm.valuesObject (comments included), and a namespace that
// Argo CD creates with the Pod Security label the engine's pods need.
import { CHART_NAME, comments, documentText, joinDocuments, POD_SECURITY_LABEL, type GitOpsTarget } from "./documents";

export const ARGO_CD_FILE = "dagger-helm-argocd.yaml";
/** Where Argo CD looks for Applications unless it is set up to watch other namespaces too. */
export const ARGO_CD_NAMESPACE = "argocd";

export function argoCdFile(target: GitOpsTarget): string {
  const { release } = target;
  const application = {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: { name: release.name, namespace: ARGO_CD_NAMESPACE },
    spec: {
      project: "default",
      source: {
        repoURL: target.chartsUrl,
        chart: CHART_NAME,
        targetRevision: target.chartVersion,
        helm: { releaseName: release.name, valuesObject: null },
      },
      destination: { server: "https://kubernetes.default.svc", namespace: release.namespace },
      syncPolicy: {
        syncOptions: ["CreateNamespace=true"],
        managedNamespaceMetadata: { labels: { [POD_SECURITY_LABEL]: target.podSecurity } },
      },
    },
  };
  return joinDocuments([
    comments(
      "Apply it where Argo CD runs (kubectl apply -n argocd -f). Argo CD creates the namespace with the",
      "Pod Security label the engine's pods need (managedNamespaceMetadata); valuesObject is your values.yaml.",
    ) + documentText(application, ["spec", "source", "helm", "valuesObject"], target.valuesText),
  ]);
}
