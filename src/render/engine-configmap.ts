// Twin of chart/dagger-helm/templates/engine-configmap.yaml.
import type { ConfigMap } from "./chart-objects";
import type { RenderContext } from "./context";
import { metadata } from "./labels";
import { fullname } from "./names";

export function engineConfigMap(ctx: RenderContext): ConfigMap | undefined {
  const { config, configJson } = ctx.values.engine;
  if (!config && !configJson) return undefined;
  const data: Record<string, string> = {};
  if (config) data["engine.toml"] = config;
  if (configJson) data["engine.json"] = configJson;
  return { apiVersion: "v1", kind: "ConfigMap", metadata: metadata(ctx, `${fullname(ctx)}-engine-config`), data };
}
