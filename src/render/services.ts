// Twins of chart/dagger-helm/templates/engine-headless-service.yaml and engine-service.yaml.
import { orDefault, truthy, type KubeObject, type RenderContext } from "./context";
import { metadata, selectorLabels } from "./labels";
import { fullname } from "./names";

/** The headless Service that lets runners discover the engine pods. */
export function headlessService(ctx: RenderContext): KubeObject | undefined {
  const service = ctx.values.additionalResources.service;
  if (!service.create) return undefined;
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: metadata(ctx, service.name),
    spec: {
      clusterIP: "None",
      selector: selectorLabels(ctx),
      ports: [{ name: "engine", port: service.port, targetPort: service.port, protocol: "TCP" }],
    },
  };
}

/** The engine's Service, when the engine listens on TCP. */
export function engineService(ctx: RenderContext): KubeObject | undefined {
  const { engine, service } = ctx.values;
  if (!engine.port && !truthy(engine.containerPorts)) return undefined;
  const meta = metadata(ctx, fullname(ctx), service.labels);
  if (truthy(service.annotations)) meta.annotations = service.annotations;
  const ports = truthy(engine.containerPorts)
    ? (engine.containerPorts ?? []).map((port) => ({
        name: port.name,
        port: port.containerPort,
        targetPort: port.name,
        protocol: orDefault(port.protocol, "TCP"),
      }))
    : [{ name: "dagger", port: engine.port, targetPort: "dagger", protocol: "TCP" }];
  const spec: KubeObject = { type: service.type };
  if (service.sessionAffinity) spec.sessionAffinity = service.sessionAffinity;
  if (service.internalTrafficPolicy) spec.internalTrafficPolicy = service.internalTrafficPolicy;
  return { apiVersion: "v1", kind: "Service", metadata: meta, spec: { ...spec, selector: selectorLabels(ctx), ports } };
}
