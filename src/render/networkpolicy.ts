// Twin of chart/dagger-helm/templates/networkpolicy.yaml.
import type { INetworkPolicyPort } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicyPort";
import type { NetworkPolicy } from "./chart-objects";
import { orDefault, truthy, type RenderContext } from "./context";
import { metadata, selectorLabels } from "./labels";
import { fullname } from "./names";

/** The engine's TCP ports: engine.containerPorts, else engine.port (none without either). */
function policyPorts(ctx: RenderContext): INetworkPolicyPort[] {
  const { port, containerPorts } = ctx.values.engine;
  if (truthy(containerPorts)) {
    return (containerPorts ?? []).map((each) => ({ port: each.containerPort, protocol: orDefault(each.protocol, "TCP") }));
  }
  return port ? [{ port, protocol: "TCP" }] : [];
}

/** The NetworkPolicy that admits only networkPolicy.from to the engine's TCP ports. */
export function networkPolicy(ctx: RenderContext): NetworkPolicy | undefined {
  const { engine, networkPolicy: policy } = ctx.values;
  if (!policy.enabled || !(engine.port || truthy(engine.containerPorts))) return undefined;
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: metadata(ctx, fullname(ctx)),
    spec: {
      podSelector: { matchLabels: selectorLabels(ctx) },
      policyTypes: ["Ingress"],
      ingress: [{ from: policy.from, ports: policyPorts(ctx) }],
    },
  };
}
