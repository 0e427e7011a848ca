// Twin of the label helpers in chart/dagger-helm/templates/_helpers.tpl.
import type { ObjectMeta } from "./chart-objects";
import type { RenderContext } from "./context";
import { chartLabel, chartName, engineName, engineVersion } from "./names";

type Labels = Record<string, string>;

/**
 * dagger-helm.workloadSelector: what the DaemonSet or StatefulSet selects its pods by. Both
 * upstream charts select on `name: <fullname>-engine`, and a selector cannot change after
 * install, so this one never gains a label.
 */
export function workloadSelector(ctx: RenderContext): Labels {
  return { name: engineName(ctx) };
}

/** dagger-helm.selectorLabels: what the Services select the engine pods by. */
export function selectorLabels(ctx: RenderContext): Labels {
  return {
    "app.kubernetes.io/name": chartName(ctx),
    "app.kubernetes.io/instance": ctx.release.name,
    "app.kubernetes.io/component": "engine",
  };
}

const standardLabelsCache = new WeakMap<RenderContext, Labels>();

/** dagger-helm.standardLabels: they win over user labels of the same key. Worked out once a render. */
function standardLabels(ctx: RenderContext): Labels {
  const cached = standardLabelsCache.get(ctx);
  if (cached) return cached;
  const labels: Labels = { ...selectorLabels(ctx), "helm.sh/chart": chartLabel(ctx) };
  const version = engineVersion(ctx);
  if (version) labels["app.kubernetes.io/version"] = version;
  labels["app.kubernetes.io/managed-by"] = ctx.release.service;
  labels["app.kubernetes.io/part-of"] = chartName(ctx);
  standardLabelsCache.set(ctx, labels);
  return labels;
}

const resourceLabelsCache = new WeakMap<RenderContext, Labels>();

/** dagger-helm.labels: top-level labels, engine.labels, extra, then the chart's own. */
export function resourceLabels(ctx: RenderContext, extra?: Labels): Labels {
  if (extra) return { ...ctx.values.labels, ...ctx.values.engine.labels, ...extra, ...standardLabels(ctx) };
  let labels = resourceLabelsCache.get(ctx);
  if (!labels) {
    // One object for every resource of the render: frozen, so that no caller can change the
    // labels of all of them by changing its own.
    labels = Object.freeze({ ...ctx.values.labels, ...ctx.values.engine.labels, ...standardLabels(ctx) });
    resourceLabelsCache.set(ctx, labels);
  }
  return labels;
}

/** dagger-helm.podLabels: engine.labels, then the chart's own and the workload selector's. */
export function podLabels(ctx: RenderContext): Labels {
  return { ...ctx.values.engine.labels, ...standardLabels(ctx), ...workloadSelector(ctx) };
}

/** The metadata every namespaced resource of the chart carries. */
export function metadata(ctx: RenderContext, name: string, extraLabels?: Labels): ObjectMeta {
  return { name, namespace: ctx.release.namespace, labels: resourceLabels(ctx, extraLabels) };
}
