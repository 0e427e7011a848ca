// Twin of chart/dagger-helm/templates/networkpolicy.yaml.
import { orDefault, truthy, type KubeObject, type RenderContext } from "./context";
import { metadata, selectorLabels } from "./labels";
import { fullname } from "./names";

/** The NetworkPolicy that admits only networkPolicy.from to the engine's TCP ports. */
export function networkPolicy(ctx: RenderContext): KubeObject | undefined {
  const { engine, networkPolicy: policy } = ctx.values;
  if (!policy.enabled || !(engine.port || truthy(engine.containerPorts))) return undefined;
  const ports = truthy(engine.containerPorts)
    ? (engine.containerPorts ?? []).map((port) => ({ port: port.containerPort, protocol: orDefault(port.protocol, "TCP") }))
    : [{ port: engine.port, protocol: "TCP" }];
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: metadata(ctx, fullname(ctx)),
    spec: {
      podSelector: { matchLabels: selectorLabels(ctx) },
      policyTypes: ["Ingress"],
      ingress: [{ from: policy.from, ports }],
    },
  };
}
