import type { TValues } from "../values/schema";
import type { ChartObject } from "./chart-objects";

/** What a template sees: the coalesced values, the release, and the chart's metadata. */
export interface RenderContext {
  values: TValues;
  release: { name: string; namespace: string; service: "Helm" };
  chart: { name: string; version: string; appVersion: string };
}

/** A Kubernetes object as plain data, of any kind: what the upgrade and migration checks read. */
export type KubeObject = Record<string, unknown>;

/** One rendered document and the template file it came from, as `helm template` prints it. */
export interface Manifest {
  /** The template path as Helm's "# Source:" line names it: dagger-helm/templates/x.yaml */
  source: string;
  object: ChartObject;
}

/**
 * Go template truthiness, which `if` and `with` use: false, 0, "", nil and empty lists and maps
 * are false.
 */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** Sprig's `default`: the value when truthy, else the fallback. */
export function orDefault<T>(value: T | null | undefined, fallback: T): T {
  return truthy(value) ? (value as T) : fallback;
}

/** A map value that may be written as an empty list (`annotations: []`): the templates read both as empty. */
export function mapOf<T>(value: Record<string, T> | readonly never[] | null | undefined): Record<string, T> {
  return value && !Array.isArray(value) ? (value as Record<string, T>) : {};
}
