// Twins of chart/dagger-helm/templates/engine-headless-service.yaml and engine-service.yaml.
import type { IServicePort } from "kubernetes-models/v1/ServicePort";
import type { IServiceSpec } from "kubernetes-models/v1/ServiceSpec";
import type { Service } from "./chart-objects";
import { mapOf, orDefault, truthy, type RenderContext } from "./context";
import { metadata, selectorLabels } from "./labels";
import { fullname } from "./names";

/** The headless Service that lets runners discover the engine pods. */
export function headlessService(ctx: RenderContext): Service | undefined {
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

/** The engine's ports: engine.containerPorts, else the 'dagger' port of engine.port (none without either). */
function servicePorts(ctx: RenderContext): IServicePort[] {
  const { port, containerPorts } = ctx.values.engine;
  if (truthy(containerPorts)) {
    return (containerPorts ?? []).map((each) => ({
      name: each.name,
      port: each.containerPort,
      targetPort: each.name,
      protocol: orDefault(each.protocol, "TCP"),
    }));
  }
  return port ? [{ name: "dagger", port, targetPort: "dagger", protocol: "TCP" }] : [];
}

/** The engine's Service, when the engine listens on TCP. */
export function engineService(ctx: RenderContext): Service | undefined {
  const { engine, service } = ctx.values;
  if (!engine.port && !truthy(engine.containerPorts)) return undefined;
  const meta = metadata(ctx, fullname(ctx), service.labels);
  if (truthy(service.annotations)) meta.annotations = mapOf(service.annotations);
  const spec: IServiceSpec = { type: service.type };
  if (service.sessionAffinity) spec.sessionAffinity = service.sessionAffinity;
  if (service.internalTrafficPolicy) spec.internalTrafficPolicy = service.internalTrafficPolicy;
  return { apiVersion: "v1", kind: "Service", metadata: meta, spec: { ...spec, selector: selectorLabels(ctx), ports: servicePorts(ctx) } };
}
