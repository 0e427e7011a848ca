// A probe's handler as one choice, and the probe a new choice makes (its timings kept).
export const PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"] as const;
export type TProbeHandler = (typeof PROBE_HANDLERS)[number];
export type TProbe = Record<string, unknown>;

export const HANDLER_LABELS: Record<TProbeHandler | "none" | "default", string> = {
  default: "dagger core version (the chart's check)",
  exec: "Run a command",
  httpGet: "HTTP GET",
  tcpSocket: "TCP connect",
  grpc: "gRPC health check",
  none: "No probe",
};

export function probeHandler(probe: TProbe | undefined | null): TProbeHandler | undefined {
  return PROBE_HANDLERS.find((handler) => probe && Object.hasOwn(probe, handler));
}

const NEW_HANDLERS: Record<TProbeHandler, unknown> = {
  exec: { command: ["sh", "-exc", "dagger core version"] },
  httpGet: { path: "/", port: 8080 },
  tcpSocket: { port: 8080 },
  grpc: { port: 8080 },
};

/** The probe with another handler; "default" drops the handler (the chart then runs dagger core version). */
export function withHandler(probe: TProbe | undefined | null, handler: TProbeHandler | "default"): TProbe {
  const timings = Object.fromEntries(Object.entries(probe ?? {}).filter(([key]) => !(PROBE_HANDLERS as readonly string[]).includes(key)));
  return handler === "default" ? timings : { ...timings, [handler]: NEW_HANDLERS[handler] };
}
