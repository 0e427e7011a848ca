// The commands that install the exported values.yaml from the chart repository beside the wizard
// (or from the user's own OCI registry), for Helm 4 and Helm 3 alike. When the engine needs
// privileged pods, the namespace is created and labelled for it first: `--create-namespace`
// would create it without the Pod Security label, and the API server would refuse the pods.
import { CHART } from "../chart/chart-meta";
import { shellWord } from "./exports";
import type { PodSecurityLevel } from "./pod-security";

export interface InstallOptions {
  release: { name: string; namespace: string };
  /** The chart repository's address: <site>/charts. */
  chartsUrl: string;
  /** The Pod Security level the engine's pods need (the wizard's verdict). */
  podSecurity: PodSecurityLevel;
  /** The namespace is there already: nothing creates or labels it, a note says what it needs. */
  namespaceExists: boolean;
  /** An OCI registry (host/path, as ghcr.io/acme/charts) to copy the chart to and install from. */
  ociRegistry?: string;
  chartVersion?: string;
}

export interface InstallCommands {
  /** Complete shell lines, to run in order (no comment lines: zsh runs "#" lines as commands). */
  commands: string[];
  /** What to know before running them. */
  notes: string[];
}

export const PRIVILEGED_LABEL = "pod-security.kubernetes.io/enforce=privileged";

export function installCommands(options: InstallOptions): InstallCommands {
  const { release, chartsUrl, podSecurity, namespaceExists } = options;
  const version = options.chartVersion ?? CHART.version;
  const namespace = shellWord(release.namespace);
  const privileged = podSecurity === "privileged";
  const commands: string[] = [];
  const notes: string[] = [];

  if (privileged && !namespaceExists) {
    commands.push(`kubectl create namespace ${namespace} --dry-run=client -o yaml | kubectl apply -f -`);
    commands.push(`kubectl label namespace ${namespace} ${PRIVILEGED_LABEL} --overwrite`);
  } else if (privileged) {
    notes.push(
      `The namespace ${release.namespace} exists already: it must allow privileged pods (label ${PRIVILEGED_LABEL}), or the API server refuses the engine's pods. Check with kubectl get namespace ${namespace} --show-labels.`,
    );
  }
  const createNamespace = !privileged && !namespaceExists ? " --create-namespace" : "";
  const target = `-n ${namespace}${createNamespace} -f values.yaml`;

  const registry = options.ociRegistry ? normalizedRegistry(options.ociRegistry) : undefined;
  if (registry) {
    const oci = `oci://${registry}`;
    commands.push(`helm pull dagger-helm --repo ${shellWord(chartsUrl)} --version ${shellWord(version)}`);
    commands.push(`helm push ${shellWord(`dagger-helm-${version}.tgz`)} ${shellWord(oci)}`);
    commands.push(`helm upgrade --install ${shellWord(release.name)} ${shellWord(`${oci}/dagger-helm`)} --version ${shellWord(version)} ${target}`);
    notes.push(
      `helm pull fetches the packaged chart from ${chartsUrl}; in a clone of the chart's repository, helm package chart/dagger-helm makes the same file. Log in first if the registry asks for it: helm registry login ${registry.split("/")[0]}.`,
    );
  } else {
    commands.push(`helm upgrade --install ${shellWord(release.name)} dagger-helm --repo ${shellWord(chartsUrl)} --version ${shellWord(version)} ${target}`);
  }
  return { commands, notes };
}

/** `helm upgrade` from the chart repository beside the wizard: the flags after the chart's name. */
export function chartRepoFlags(chartsUrl: string, version: string = CHART.version): string[] {
  return ["--repo", chartsUrl, "--version", version];
}

/** A registry as the user may write it (oci:// prefix, trailing slash) in the form Helm takes after oci://. */
export function normalizedRegistry(registry: string): string {
  return registry.trim().replace(/^oci:\/\//, "").replace(/\/+$/, "");
}

const REGISTRY = /^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;

/** What is wrong with a registry the user typed, or undefined (an empty one means none). */
export function registryProblem(registry: string): string | undefined {
  const normalized = normalizedRegistry(registry);
  if (!normalized) return undefined;
  if (/^[a-z]+:\/\//i.test(normalized)) return "Give the registry as host/path (ghcr.io/acme/charts) or oci://host/path; Helm pushes charts only to OCI registries.";
  if (!REGISTRY.test(normalized)) return "A registry is a host with an optional port and lowercase path segments, such as ghcr.io/acme/charts or registry.example.com:5000/helm.";
  if (/\/dagger-helm$/.test(normalized)) return "Leave /dagger-helm out: Helm adds the chart's name to the registry path itself.";
  return undefined;
}
