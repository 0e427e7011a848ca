// The ways a CI job can reach the engine these values install, each with the exact
// _EXPERIMENTAL_DAGGER_RUNNER_HOST, the texts NOTES.txt prints for it, and ready-to-paste
// snippets. What the wizard's Connect step shows.
import type { RenderContext } from "../render/context";
import type { TValues } from "../values/schema";
import { toYaml11 } from "../yaml/yaml11";
import { connectContext, engineEndpoints, type ConnectRelease, type EngineEndpoints } from "./endpoints";
import { clientLabels, cliInstallCommand, cliSection, findPodCommand, kubePodRunnerHost, kubePodSection, RUNNER_HOST, tcpSection, unixSection } from "./notes";
import { clientAccountProblem, clientRbac, type ClientAccount } from "./rbac";
import { arcRunnerTemplate, gitlabRunnerToml } from "./runners";

export type ConnectMethodId = "kube-pod" | "unix" | "tcp";

export interface Snippet {
  id: string;
  title: string;
  language: "sh" | "yaml" | "toml";
  /** A file name for downloading it. */
  fileName: string;
  text: string;
}

export interface ConnectMethod {
  id: ConnectMethodId;
  title: string;
  /** The value of _EXPERIMENTAL_DAGGER_RUNNER_HOST ($POD stands for the pod a DaemonSet job finds). */
  runnerHost: string;
  /** The lines NOTES.txt prints for this way in: prose unindented, commands indented by 2. */
  text: string;
  warnings: string[];
  snippets: Snippet[];
}

export interface ConnectInfo {
  endpoints: EngineEndpoints;
  /** The CLI to install in the jobs: the engine's release ("" when the image names none), as NOTES says it. */
  cli: { version: string; text: string };
  methods: ConnectMethod[];
  /** The ways in these values do not allow, and why. */
  unavailable: { id: ConnectMethodId; reason: string }[];
}

export interface ConnectOptions {
  /** The service account of the CI jobs, for the kube-pod RBAC; the RBAC snippet is left out without it. */
  client?: ClientAccount;
}

function jobScript(endpoints: EngineEndpoints, lines: string[]): string {
  const install = endpoints.cliVersion ? [cliInstallCommand(endpoints.cliVersion)] : ["# Install the dagger CLI of the engine's release (the image names none)."];
  return ["#!/bin/sh", "set -eu", ...install, ...lines, "dagger core version", ""].join("\n");
}

function kubePodMethod(endpoints: EngineEndpoints, options: ConnectOptions): ConnectMethod {
  const daemonSet = endpoints.kind === "DaemonSet";
  const find = daemonSet ? [findPodCommand(endpoints)] : [];
  const snippets: Snippet[] = [
    { id: "kube-pod-job", title: "Job script", language: "sh", fileName: "dagger-kube-pod.sh", text: jobScript(endpoints, [...find, `export ${RUNNER_HOST}="${kubePodRunnerHost(endpoints)}"`]) },
  ];
  if (daemonSet) {
    const env = { env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }] };
    snippets.push({ id: "kube-pod-node-name", title: "NODE_NAME in the job container", language: "yaml", fileName: "node-name-env.yaml", text: toYaml11(env) });
  }
  const warnings: string[] = [];
  if (options.client && !clientAccountProblem(options.client)) {
    const rbac = clientRbac(endpoints, options.client);
    snippets.push({ id: "kube-pod-rbac", title: "Role and RoleBinding", language: "yaml", fileName: "dagger-client-rbac.yaml", text: rbac.map(toYaml11).join("---\n") });
  } else {
    warnings.push(options.client ? (clientAccountProblem(options.client) as string) : "Name the service account of your CI jobs to get its Role and RoleBinding.");
  }
  if (!daemonSet && (endpoints.replicas ?? 0) > 1) {
    warnings.push(`This connects every job to ${endpoints.workload}-0; spread jobs over ${endpoints.workload}-0 to ${endpoints.workload}-${(endpoints.replicas ?? 1) - 1} by choosing the number in the job.`);
  }
  return { id: "kube-pod", title: "Kubernetes API (kube-pod://)", runnerHost: kubePodRunnerHost(endpoints), text: kubePodSection(endpoints).join("\n"), warnings, snippets };
}

function unixMethod(endpoints: EngineEndpoints): ConnectMethod | undefined {
  const socket = endpoints.socket;
  if (!socket) return undefined;
  const warnings = ["The socket belongs to root: the job's container must run as root."];
  if (endpoints.kind === "StatefulSet") warnings.push(`Only the nodes that run an engine pod have the socket: give the job's pod an affinity for the labels ${endpoints.podSelector}.`);
  const snippets: Snippet[] = [
    { id: "unix-gitlab", title: "GitLab runner config.toml (Kubernetes executor)", language: "toml", fileName: "config.toml", text: gitlabRunnerToml(socket) },
    { id: "unix-arc", title: "Actions Runner Controller: gha-runner-scale-set values", language: "yaml", fileName: "arc-runner-values.yaml", text: toYaml11(arcRunnerTemplate(socket)) },
  ];
  return { id: "unix", title: "Unix socket on the node (unix://)", runnerHost: socket.url, text: unixSection(endpoints).join("\n"), warnings, snippets };
}

function tcpMethod(ctx: RenderContext, endpoints: EngineEndpoints): ConnectMethod | undefined {
  const tcp = endpoints.tcp;
  if (!tcp) return undefined;
  const { service, networkPolicy } = ctx.values;
  const warnings = ["The connection is neither encrypted nor authenticated: whoever reaches the port can run privileged containers in the engine."];
  if (!networkPolicy.enabled) warnings.push("No NetworkPolicy limits who connects: set networkPolicy.enabled to admit only labelled client pods.");
  if (service.type !== "ClusterIP") warnings.push(`The ${service.type} Service makes the port reachable from outside the cluster.`);
  const several = endpoints.kind === "DaemonSet" || (endpoints.replicas ?? 0) > 1;
  const local = endpoints.kind === "DaemonSet" && service.internalTrafficPolicy === "Local";
  if (several && !local && service.sessionAffinity !== "ClientIP") {
    warnings.push("A dagger client opens several connections that must reach the same engine: set service.sessionAffinity to ClientIP (dagger issues #10822, #10128).");
  }
  const snippets: Snippet[] = [{ id: "tcp-job", title: "Job script", language: "sh", fileName: "dagger-tcp.sh", text: jobScript(endpoints, [`export ${RUNNER_HOST}=${tcp.url}`]) }];
  const labels = clientLabels(ctx);
  if (networkPolicy.enabled && Object.keys(labels).length) {
    snippets.push({ id: "tcp-client-labels", title: "Labels of the job's pod", language: "yaml", fileName: "client-labels.yaml", text: toYaml11({ metadata: { labels } }) });
  }
  return { id: "tcp", title: "TCP through the Service (tcp://)", runnerHost: tcp.url, text: tcpSection(ctx, endpoints).join("\n"), warnings, snippets };
}

function unavailableReasons(ctx: RenderContext, endpoints: EngineEndpoints): ConnectInfo["unavailable"] {
  const { engine } = ctx.values;
  const reasons: ConnectInfo["unavailable"] = [];
  if (!endpoints.socket) {
    reasons.push({
      id: "unix",
      reason: !engine.hostPath.runVolume.enabled
        ? "engine.hostPath.runVolume is off: the engine's socket is not on the node."
        : ctx.values.volumeMountsPostfix
          ? `The engine listens on /run/dagger/engine.sock, outside its run volume at /run/dagger-${ctx.values.volumeMountsPostfix}: set engine.port, which adds a socket there.`
          : "Engines before v0.17.0 listen on /run/buildkit/buildkitd.sock, outside the run volume: set engine.port, which adds a socket in it.",
    });
  }
  if (!endpoints.tcp) {
    reasons.push({
      id: "tcp",
      reason: engine.port ? `engine.containerPorts does not include engine.port ${engine.port}, so the Service does not forward it.` : "engine.port is not set: the engine listens on no TCP port.",
    });
  }
  return reasons;
}

/** Every way into the engine that these values allow, for the release. */
export function connectionMethods(values: TValues, release: ConnectRelease, options: ConnectOptions = {}): ConnectInfo {
  const ctx = connectContext(values, release);
  const endpoints = engineEndpoints(ctx);
  const cli = { version: endpoints.cliVersion, text: cliSection(endpoints).join("\n") };
  if (endpoints.replicas === 0) {
    const reason = "engine.statefulSet.replicas is 0: no engine runs.";
    return { endpoints, cli, methods: [], unavailable: (["kube-pod", "unix", "tcp"] as const).map((id) => ({ id, reason })) };
  }
  const methods = [kubePodMethod(endpoints, options), unixMethod(endpoints), tcpMethod(ctx, endpoints)].filter((method): method is ConnectMethod => Boolean(method));
  return { endpoints, cli, methods, unavailable: unavailableReasons(ctx, endpoints) };
}
