// Twin of chart/dagger-helm/templates/NOTES.txt: what Helm prints after install, and the texts
// the wizard's Connect step shows for each way in (notes.test.ts holds them equal with Helm).
// Each section is written once here as lines: prose without indent, commands indented by 2; the
// NOTES put a number before a section's first line and indent the rest by 3.
import type { RenderContext } from "../render/context";
import { truthy } from "../render/context";
import { engineName, fullname } from "../render/names";
import { ENGINE_CONTAINER, engineEndpoints, type EngineEndpoints } from "./endpoints";

export const RUNNER_HOST = "_EXPERIMENTAL_DAGGER_RUNNER_HOST";

/** Text as one shell word: as it is when it is safe, else in single quotes. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9/:._@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

/** The install command of the dagger CLI at the engine's release. */
export function cliInstallCommand(version: string): string {
  return `curl -fsSL https://dl.dagger.io/dagger/install.sh | DAGGER_VERSION=${version} BIN_DIR=/usr/local/bin sh`;
}

export function cliSection(endpoints: EngineEndpoints): string[] {
  const title = "Install the dagger CLI in your jobs, of the engine's version:";
  if (!endpoints.cliVersion) return [title, "the image names no release, so install the CLI of the release it runs (dagger core version prints it)."];
  return [title, "", `  ${cliInstallCommand(endpoints.cliVersion)}`];
}

/** The kubectl command that finds an engine pod: on the job's own node ($NODE_NAME) unless anyNode. */
export function findPodCommand(endpoints: EngineEndpoints, anyNode = false): string {
  const node = anyNode ? "" : " --field-selector spec.nodeName=$NODE_NAME";
  return `POD=$(kubectl get pods --namespace ${endpoints.namespace} -l ${endpoints.podSelector}${node} -o jsonpath='{.items[0].metadata.name}')`;
}

/** _EXPERIMENTAL_DAGGER_RUNNER_HOST for kube-pod://: the first engine of a StatefulSet, $POD for a DaemonSet. */
export function kubePodRunnerHost(endpoints: EngineEndpoints): string {
  const pod = endpoints.kind === "DaemonSet" ? "$POD" : `${endpoints.workload}-0`;
  return `kube-pod://${pod}?namespace=${endpoints.namespace}&container=${ENGINE_CONTAINER}`;
}

export function kubePodSection(endpoints: EngineEndpoints): string[] {
  const lines = [
    "Connect through the Kubernetes API (kube-pod://, like kubectl exec). The job needs kubectl and,",
    `in namespace ${endpoints.namespace}, RBAC to get and list pods and to create pods/exec:`,
    "",
  ];
  const exportLine = `  export ${RUNNER_HOST}="${kubePodRunnerHost(endpoints)}"`;
  if (endpoints.kind === "StatefulSet") return [...lines, exportLine, "  dagger core version"];
  return [
    ...lines,
    `  ${findPodCommand(endpoints)}`,
    exportLine,
    "  dagger core version",
    "",
    "NODE_NAME is the job's own node (from the pod's spec.nodeName): its engine shares the node's",
    "cache. Without --field-selector the job takes any engine.",
  ];
}

export function unixSection(endpoints: EngineEndpoints): string[] {
  const socket = endpoints.socket;
  if (!socket) return [];
  const lines = [
    "Connect through the engine's socket, from jobs on the same node (GitLab's Kubernetes",
    "executor, Actions Runner Controller, Argo, Tekton). Mount the host directory",
    socket.hostDir,
    `into the job at ${socket.containerDir}, run the job as root (the socket is root's), and:`,
    "",
    `  export ${RUNNER_HOST}=${shellWord(socket.url)}`,
    "",
    "This host directory is the chart's own: dagger's GitLab guide mounts /run/dagger instead.",
  ];
  if (endpoints.kind === "StatefulSet") lines.push("Only the nodes of the engine pods have it: schedule jobs there (pod affinity on the labels above).");
  return lines;
}

/** The NetworkPolicy's client labels as k=v,k=v: the first peer's podSelector.matchLabels, sorted as Go ranges a map. */
export function clientLabels(ctx: RenderContext): Record<string, string> {
  const labels = ctx.values.networkPolicy.from[0]?.podSelector?.matchLabels ?? {};
  return Object.fromEntries(Object.keys(labels).sort().map((key) => [key, labels[key] as string]));
}

function affinityLines(ctx: RenderContext, endpoints: EngineEndpoints): string[] {
  const { service } = ctx.values;
  const daemonSet = endpoints.kind === "DaemonSet";
  if (daemonSet && service.internalTrafficPolicy === "Local") {
    return ["", "service.internalTrafficPolicy is Local: a job reaches the engine of its own node, and none on a", "node without one."];
  }
  if ((daemonSet || (endpoints.replicas ?? 0) > 1) && service.sessionAffinity !== "ClientIP") {
    return [
      "",
      "A dagger client opens several connections that must reach the same engine: set",
      `service.sessionAffinity to ClientIP${daemonSet ? ", or service.internalTrafficPolicy to Local" : ""}.`,
    ];
  }
  return [];
}

export function tcpSection(ctx: RenderContext, endpoints: EngineEndpoints): string[] {
  const { engine, service, networkPolicy } = ctx.values;
  if (!engine.port && !truthy(engine.containerPorts)) return [];
  const name = fullname(ctx);
  const lines = [`Connect over TCP through the Service ${name} (${service.type}).`];
  if (truthy(engine.containerPorts)) {
    lines.push("It forwards the ports of engine.containerPorts:");
    for (const port of engine.containerPorts ?? []) {
      const host = port.hostPort ? ` (also port ${port.hostPort} of each node)` : "";
      lines.push(`  ${port.name}: ${port.containerPort}/${port.protocol || "TCP"}${host}`);
    }
    if (engine.port && !endpoints.tcp) lines.push(`engine.port ${engine.port} is not among them, so the Service does not forward it.`);
  }
  const tcp = endpoints.tcp;
  if (tcp) {
    lines.push("Inside the cluster:", "", `  export ${RUNNER_HOST}=${tcp.url}`, ...affinityLines(ctx, endpoints));
    lines.push("", "From your machine:", "");
    lines.push(`  kubectl port-forward --namespace ${endpoints.namespace} service/${name} ${tcp.port}:${tcp.port}`);
    lines.push(`  export ${RUNNER_HOST}=tcp://127.0.0.1:${tcp.port}`);
    if (engine.hostPort) lines.push("", `Each engine also listens on port ${engine.hostPort} of its node: tcp://<node address>:${engine.hostPort}`);
  }
  if (service.type !== "ClusterIP") {
    lines.push("", `As a ${service.type} Service it is reachable from outside the cluster too; find its address with:`, "");
    lines.push(`  kubectl get service --namespace ${endpoints.namespace} ${name}`);
  }
  lines.push("", "The TCP port has no authentication and no encryption: whoever reaches it can run privileged", "containers.");
  if (networkPolicy.enabled) {
    const labels = Object.entries(clientLabels(ctx)).map(([key, value]) => `${key}=${value}`);
    lines.push(`The NetworkPolicy ${name} admits only the clients of networkPolicy.from${labels.length ? "" : "."}`);
    if (labels.length) lines.push(`(label the job pods ${labels.join(",")}).`);
  } else {
    lines.push("Keep it inside the cluster; networkPolicy.enabled admits only labelled client pods.");
  }
  return lines;
}

function headerLines(ctx: RenderContext, endpoints: EngineEndpoints): string[] {
  const workload = engineName(ctx);
  const first = `The Dagger engine (${endpoints.image}) runs in namespace ${endpoints.namespace} as`;
  if (endpoints.kind === "DaemonSet") return [first, `the DaemonSet ${workload}: one engine on each node its pods may run on.`];
  const replicas = endpoints.replicas ?? 0;
  const count =
    replicas === 0
      ? "no engines (engine.statefulSet.replicas is 0)."
      : replicas === 1
        ? `one engine, ${workload}-0.`
        : `${replicas} engines, ${workload}-0 to ${workload}-${replicas - 1}.`;
  return [first, `the StatefulSet ${workload}: ${count}`];
}

function otherLines(ctx: RenderContext): string[] {
  const { engine, additionalResources, magicache } = ctx.values;
  const namespace = ctx.release.namespace;
  const lines: string[] = [];
  const headless = additionalResources.service;
  if (headless.create) {
    lines.push("", `The headless Service ${headless.name} lists the engine pods for discovery:`);
    if (engine.kind === "StatefulSet" && engine.statefulSet.serviceName === headless.name) {
      lines.push(`each engine has the stable address <pod>.${headless.name}.${namespace}.svc, e.g. ${engineName(ctx)}-0.${headless.name}.${namespace}.svc.`);
    } else {
      lines.push(`${headless.name}.${namespace}.svc resolves to the addresses of all engine pods.`);
      if (engine.kind === "StatefulSet") {
        lines.push("Each engine gets a stable address of its own when engine.statefulSet.serviceName names this Service");
        lines.push("(set it at install: a StatefulSet's serviceName cannot change later).");
      }
    }
  }
  if (magicache.enabled) {
    lines.push("", `The engines use Dagger Cloud's magicache at ${magicache.url}, with the token from the`);
    lines.push(`Secret ${magicache.secretName || `${fullname(ctx)}-magicache-token`}.`);
  }
  return lines;
}

/** A numbered step: "n. " before the first line, 3 spaces before the others (none on empty lines). */
function step(number: number, lines: string[]): string[] {
  return lines.map((line, index) => (index === 0 ? `${number}. ${line}` : line ? `   ${line}` : ""));
}

/** The text Helm renders from NOTES.txt for these values and release. */
export function notesText(ctx: RenderContext): string {
  const endpoints = engineEndpoints(ctx);
  const privileged = [
    "Allow privileged pods. The engine runs privileged (it runs containers itself), which Pod",
    'Security Admission admits only in a namespace at the "privileged" level:',
    "",
    `  kubectl label namespace ${endpoints.namespace} pod-security.kubernetes.io/enforce=privileged`,
  ];
  const list = ["List the engine pods:", "", `  kubectl get pods --namespace ${endpoints.namespace} -l ${endpoints.podSelector} -o wide`];
  const steps = [privileged, list, cliSection(endpoints), kubePodSection(endpoints), unixSection(endpoints), tcpSection(ctx, endpoints)].filter((lines) => lines.length);
  const body = steps.flatMap((lines, index) => ["", ...step(index + 1, lines)]);
  return ["", ...headerLines(ctx, endpoints), ...body, ...otherLines(ctx), ""].join("\n");
}
