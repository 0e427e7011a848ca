// Real values files from public repositories (each file's header names its source), the upstream
// chart each was written for, and how it was installed. test/corpus/upstream/<slug>.yaml holds that
// upstream chart's render of it (scripts/render-upstream-corpus.ts writes them).
import { join } from "node:path";

export const CORPUS_DIR = import.meta.dirname;
export const UPSTREAM_DIR = join(CORPUS_DIR, "upstream");

export interface CorpusEntry {
  /** File name in test/corpus/, always `<slug>-values.yaml`. */
  file: string;
  /** vendor: dagger/dagger helm/dagger; fork: kubiyabot/helm-charts charts/dagger-helm. */
  chart: "vendor" | "fork";
  /** The upstream chart version the file targets (a tag of that repository). */
  version: string;
  release: string;
  namespace: string;
  /** Helm's error when that upstream version refuses the file (then no render is stored). */
  upstreamRefuses?: string;
  /** A key no version of either chart ever had: our chart refuses it and names `use` instead. */
  refused?: { key: string; use: string };
}

const kubiya = { release: "kubiya-runner", namespace: "kubiya" } as const;

export const CORPUS: readonly CorpusEntry[] = [
  { file: "dagger-docs-openshift-gitlab-values.yaml", chart: "vendor", version: "0.1.0", release: "dagger", namespace: "dagger" },
  { file: "vendor-0.1.0-show-values.yaml", chart: "vendor", version: "0.1.0", release: "dagger", namespace: "dagger" },
  { file: "matipan-argocd-applicationset-values.yaml", chart: "vendor", version: "0.1.3", release: "dagger-engines-v0-11-3", namespace: "dagger-runners" },
  { file: "dagger-ci-magicache-values.yaml", chart: "vendor", version: "0.1.10", release: "release-name", namespace: "dagger" },
  { file: "kubiya-runner-0.4.0-values.yaml", chart: "vendor", version: "0.13.6", ...kubiya, refused: { key: "engine.image.args", use: "engine.args" } },
  {
    file: "civo-terraform-envfromsecretname-values.yaml",
    chart: "vendor",
    version: "0.14.0",
    release: "dagger",
    namespace: "dagger",
    refused: { key: "envFromSecretName", use: "engine.envFrom" },
  },
  { file: "dagger-ci-daemonset-port-values.yaml", chart: "vendor", version: "0.19.7", release: "dagger2", namespace: "dagger" },
  { file: "dagger-ci-statefulset-values.yaml", chart: "vendor", version: "0.19.7", release: "dagger3", namespace: "dagger" },
  { file: "dagger-e2e-custom-probes-values.yaml", chart: "vendor", version: "0.21.8", release: "release-name", namespace: "default" },
  { file: "dagger-e2e-statefulset-port-values.yaml", chart: "vendor", version: "0.21.8", release: "dagger4", namespace: "dagger" },
  { file: "dagger-docs-openshift-values.yaml", chart: "vendor", version: "0.21.8", release: "dagger", namespace: "dagger" },
  { file: "vendor-0.21.8-show-values.yaml", chart: "vendor", version: "0.21.8", release: "dagger", namespace: "dagger" },
  { file: "kubiya-runner-0.5.7-values.yaml", chart: "fork", version: "0.2.0", ...kubiya, refused: { key: "engine.image.args", use: "engine.args" } },
  { file: "kubiya-runner-0.5.22-values.yaml", chart: "fork", version: "0.2.2", ...kubiya },
  { file: "kubiya-runner-0.5.27-values.yaml", chart: "fork", version: "0.2.2", ...kubiya },
  { file: "kubiya-runner-0.6.0-values.yaml", chart: "fork", version: "0.3.0", ...kubiya },
  { file: "kubiya-runner-0.6.2-values.yaml", chart: "fork", version: "0.3.0", ...kubiya },
  { file: "kubiya-runner-0.6.43-values.yaml", chart: "fork", version: "0.3.1", ...kubiya },
  { file: "kubiya-runner-0.7.0-values.yaml", chart: "fork", version: "0.4.0", ...kubiya },
  { file: "kubiya-runner-0.8.0-values.yaml", chart: "fork", version: "0.4.1", ...kubiya },
  { file: "fork-0.4.1-show-values.yaml", chart: "fork", version: "0.4.1", release: "dagger", namespace: "dagger" },
];

/** `kubiya-runner-0.8.0` for `kubiya-runner-0.8.0-values.yaml`. */
export function corpusSlug(entry: CorpusEntry): string {
  return entry.file.replace(/-values\.yaml$/, "");
}

export function corpusPath(entry: CorpusEntry): string {
  return join(CORPUS_DIR, entry.file);
}

/** Where the upstream chart's render of the entry is stored. */
export function upstreamRenderPath(entry: CorpusEntry): string {
  return join(UPSTREAM_DIR, `${corpusSlug(entry)}.yaml`);
}

/** The upstream repository's tag and chart folder for an entry's chart and version. */
export function upstreamChartRef(entry: Pick<CorpusEntry, "chart" | "version">): { tag: string; folder: string } {
  return entry.chart === "vendor"
    ? { tag: `helm/chart/v${entry.version}`, folder: "helm/dagger" }
    : { tag: `dagger-helm-${entry.version}`, folder: "charts/dagger-helm" };
}
