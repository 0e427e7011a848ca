// The values side of the comparison: every key whose value differs between the deployed values
// and the current ones, as the user wrote them (defaults are not filled in). Maps are compared key
// by key; a list is one value, as Helm's coalescing replaces lists whole.
import { deepEqual, formatPath, isTable } from "../values/tree";

export interface ValueChange {
  /** engine.statefulSet.persistentVolumeClaim.resources.requests.storage */
  path: string;
  /** undefined: not set on that side. */
  before: unknown;
  after: unknown;
}

function walk(before: unknown, after: unknown, path: string[], out: ValueChange[]): void {
  if (deepEqual(before, after)) return;
  if (isTable(before) && isTable(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) walk(before[key], after[key], [...path, key], out);
    return;
  }
  out.push({ path: formatPath(path), before, after });
}

/** The differing values, in the order of the deployed file, then the keys only the current one has. */
export function valueChanges(deployed: unknown, current: unknown): ValueChange[] {
  const out: ValueChange[] = [];
  walk(deployed ?? {}, current ?? {}, [], out);
  return out;
}
