// Where a CI job finds the engine that these values install: names, addresses, the socket on
// the node and the CLI version, all computed with the render's own helpers (src/render/names.ts)
// so that they are the names and paths of the rendered manifests.
import { CHART } from "../chart/chart-meta";
import { engineHas, engineVersionOf } from "../engine/versions";
import type { RenderContext } from "../render/context";
import { truthy } from "../render/context";
import { selectorLabels } from "../render/labels";
import { engineImage, engineName, fullname, hostDir, runMountPath } from "../render/names";
import type { TValues } from "../values/schema";

export interface ConnectRelease {
  releaseName: string;
  namespace: string;
}

/** The engine container's name in the pod template. */
export const ENGINE_CONTAINER = "dagger-engine";

/** The socket file the chart's --addr names, and the engine's default (/run/dagger/engine.sock). */
export const SOCKET_FILE = "engine.sock";

export interface EngineSocket {
  /** The directory the engine's socket is in, inside the engine container (and the job). */
  containerDir: string;
  /** The same directory on the node: the run volume's hostPath. */
  hostDir: string;
  /** unix://<containerDir>/engine.sock */
  url: string;
}

export interface EngineTcp {
  /** The engine's Service, named <fullname>. */
  service: string;
  port: number;
  /** tcp://<service>.<namespace>.svc.cluster.local:<port> */
  url: string;
}

export interface EngineEndpoints {
  namespace: string;
  kind: "DaemonSet" | "StatefulSet";
  /** The DaemonSet or StatefulSet, <fullname>-engine. */
  workload: string;
  /** Engines of a StatefulSet (undefined for a DaemonSet: one per node). */
  replicas?: number;
  image: string;
  /** The engine's release ("0.21.8"), the version of the CLI to install; "" when the image names none. */
  cliVersion: string;
  /** The labels the Services select the engine pods by. */
  podLabels: Record<string, string>;
  /** The same as a kubectl -l argument. */
  podSelector: string;
  /** The socket through the run volume's host path, when the engine listens there. */
  socket?: EngineSocket;
  /** The TCP address through the engine's Service, when the Service forwards engine.port. */
  tcp?: EngineTcp;
}

/** What a template sees for these values and release, as renderManifests builds it. */
export function connectContext(values: TValues, release: ConnectRelease): RenderContext {
  return { values, release: { name: release.releaseName, namespace: release.namespace, service: "Helm" }, chart: CHART };
}

/**
 * Whether the engine listens on a socket inside the run volume: the chart's --addr when
 * engine.port is set, the engine's default /run/dagger/engine.sock when no postfix moves the
 * mount, or an --addr of the user's naming that socket.
 */
function socketOf(ctx: RenderContext): EngineSocket | undefined {
  const { engine } = ctx.values;
  if (!engine.hostPath.runVolume.enabled) return undefined;
  const containerDir = runMountPath(ctx);
  const url = `unix://${containerDir}/${SOCKET_FILE}`;
  const args = engine.args ?? [];
  // Engines before v0.17.0 listen on /run/buildkit/buildkitd.sock unless told otherwise.
  const defaultSocket = !ctx.values.volumeMountsPostfix && engineHas("daggerSocket", engineVersionOf(engineImage(ctx))) !== false;
  const listens = Boolean(engine.port) || defaultSocket || args.includes(url) || args.includes(`--addr=${url}`);
  if (!listens) return undefined;
  return { containerDir, hostDir: hostDir(ctx, engine.hostPath.runVolume.path, "/run/dagger"), url };
}

/** The port the engine's Service forwards to the engine's own TCP listener (engine.port), if any. */
function tcpOf(ctx: RenderContext): EngineTcp | undefined {
  const { engine } = ctx.values;
  if (!engine.port) return undefined;
  const ports = engine.containerPorts ?? [];
  if (truthy(ports) && !ports.some((port) => port.containerPort === engine.port)) return undefined;
  const service = fullname(ctx);
  return { service, port: engine.port, url: `tcp://${service}.${ctx.release.namespace}.svc.cluster.local:${engine.port}` };
}

export function engineEndpoints(ctx: RenderContext): EngineEndpoints {
  const { engine } = ctx.values;
  const image = engineImage(ctx);
  const version = engineVersionOf(image);
  const podLabels = selectorLabels(ctx);
  return {
    namespace: ctx.release.namespace,
    kind: engine.kind,
    workload: engineName(ctx),
    replicas: engine.kind === "StatefulSet" ? engine.statefulSet.replicas : undefined,
    image,
    cliVersion: version.kind === "release" ? version.version : "",
    podLabels,
    podSelector: Object.entries(podLabels)
      .map(([key, value]) => `${key}=${value}`)
      .join(","),
    socket: socketOf(ctx),
    tcp: tcpOf(ctx),
  };
}
