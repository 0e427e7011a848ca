// Twin of the naming helpers in chart/dagger-helm/templates/_helpers.tpl.
import { engineImageRef, imageTag } from "../engine/versions";
import { orDefault, type RenderContext } from "./context";

/** `regexReplaceAll "-+$" (trunc n)`: cut to n characters, then drop every trailing '-'. */
export function truncName(name: string, length = 63): string {
  return name.slice(0, length).replace(/-+$/, "");
}

/** dagger-helm.name */
export function chartName(ctx: RenderContext): string {
  return truncName(orDefault(ctx.values.nameOverride, ctx.chart.name));
}

/** dagger-helm.fullname */
export function fullname(ctx: RenderContext): string {
  if (ctx.values.fullnameOverride) return truncName(ctx.values.fullnameOverride);
  const name = orDefault(ctx.values.nameOverride, ctx.chart.name);
  const release = ctx.release.name;
  return release.includes(name) ? truncName(release) : truncName(`${release}-${name}`);
}

/**
 * dagger-helm.engineName: <fullname>-engine, as both upstream charts name the workload and its
 * selector label, cut so that it stays a valid label value: 63 characters for a DaemonSet, 52 for
 * a StatefulSet (its controller-revision-hash label appends 11 more).
 */
export function engineName(ctx: RenderContext): string {
  return `${truncName(fullname(ctx), ctx.values.engine.kind === "StatefulSet" ? 45 : 56)}-engine`;
}

/** dagger-helm.chart */
export function chartLabel(ctx: RenderContext): string {
  return truncName(`${ctx.chart.name}-${ctx.chart.version}`.replaceAll("+", "_"));
}

/**
 * dagger-helm.image: engine.image.ref, else the legacy repository and tag of dagger's chart
 * before 0.13, else the engine release that matches appVersion.
 */
export function engineImage(ctx: RenderContext): string {
  return engineImageRef(ctx.values, ctx.chart.appVersion);
}

/** dagger-helm.engineVersion: the image's tag as a label value, "" when it has none. */
export function engineVersion(ctx: RenderContext): string {
  return imageTag(engineImage(ctx)).slice(0, 63).replace(/[-_.]+$/, "");
}

/** dagger-helm.serviceAccountName */
export function serviceAccountName(ctx: RenderContext): string {
  const engine = ctx.values.engine;
  if (engine.newServiceAccount.create) return orDefault(engine.newServiceAccount.name, fullname(ctx));
  return orDefault(engine.existingServiceAccount.name, "default");
}

/** "-<postfix>" when volumeMountsPostfix is set. */
export function postfix(ctx: RenderContext): string {
  return ctx.values.volumeMountsPostfix ? `-${ctx.values.volumeMountsPostfix}` : "";
}

export function dataMountPath(ctx: RenderContext): string {
  return `/var/lib/dagger${postfix(ctx)}`;
}

export function runMountPath(ctx: RenderContext): string {
  return `/run/dagger${postfix(ctx)}`;
}

/** Whether the engine's data comes from the StatefulSet's volume claim. */
export function dataFromClaim(ctx: RenderContext): boolean {
  const engine = ctx.values.engine;
  return engine.kind === "StatefulSet" && Boolean(engine.statefulSet.persistentVolumeClaim.enabled);
}

/** Host directory of a host path volume: its path, or <default>-<fullname>; then the postfix. */
export function hostDir(ctx: RenderContext, path: string | undefined, fallback: string): string {
  return orDefault(path, `${fallback}-${fullname(ctx)}`) + postfix(ctx);
}
