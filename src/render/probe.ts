// Twin of dagger-helm.probe in chart/dagger-helm/templates/_pod.tpl.
import { DEFAULT_READINESS_EXEC } from "../values/schema";
import { PROBE_HANDLERS } from "../values/kubernetes";
import type { IProbe } from "kubernetes-models/v1/Probe";
import { truthy } from "./context";

/**
 * A probe from a value and its vendor alias: the alias's keys win; a handler in the alias
 * replaces the probe's; httpGet, tcpSocket or grpc replaces exec; a probe without a handler runs
 * "dagger core version"; a command (the fork's legacy readinessProbeCommand) replaces the exec
 * handler's. Undefined when both are empty.
 */
export function effectiveProbe(probe: IProbe | undefined, settings: IProbe | undefined, command?: string[]): IProbe | undefined {
  const merged: IProbe = { ...probe };
  const over: IProbe = settings ?? {};
  if (PROBE_HANDLERS.some((handler) => Object.hasOwn(over, handler))) {
    for (const handler of PROBE_HANDLERS) delete merged[handler];
  }
  Object.assign(merged, over);
  if (!truthy(merged)) return undefined;
  if (["httpGet", "tcpSocket", "grpc"].some((handler) => Object.hasOwn(merged, handler))) delete merged.exec;
  if (!PROBE_HANDLERS.some((handler) => Object.hasOwn(merged, handler))) {
    merged.exec = { command: [...DEFAULT_READINESS_EXEC.command] };
  }
  if (merged.exec && truthy(command)) merged.exec = { ...merged.exec, command };
  return merged;
}
