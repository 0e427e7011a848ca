// Which keys of a user's values file an upstream chart version never read: taking them out leaves
// its render unchanged, and they are not in its values.yaml. Found with the upstream model, so the
// answer follows the version table.
import type { KubeObject } from "../render/context";
import { deepEqual, isTable, type Table } from "../values/tree";
import { behaviourOf } from "./upstream/table";
import { renderUpstream, type UpstreamRelease } from "./upstream/upstream-render";
import type { UpstreamVersion } from "./upstream/versions";

export type KeyPath = string[];

function without(values: Table, path: KeyPath): Table {
  const [head, ...rest] = path;
  if (head === undefined) return values;
  const out: Table = { ...values };
  if (!rest.length) delete out[head];
  else if (isTable(out[head])) out[head] = without(out[head], rest);
  return out;
}

function hasPath(tree: unknown, path: KeyPath): boolean {
  let node = tree;
  for (const key of path) {
    if (!isTable(node) || !Object.hasOwn(node, key)) return false;
    node = node[key];
  }
  return true;
}

function renderOrError(upstream: UpstreamVersion, values: Table, release: UpstreamRelease): KubeObject[] | string {
  try {
    return renderUpstream(upstream, values, release);
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The largest subtrees of the user's values that the upstream version ignored: each is absent
 * from the chart's values.yaml, and the upstream render is the same without it.
 */
export function ignoredKeys(upstream: UpstreamVersion, values: Table, release: UpstreamRelease): KeyPath[] {
  const defaults = behaviourOf(upstream).defaults;
  const rendered = renderOrError(upstream, values, release);
  const found: KeyPath[] = [];
  const visit = (node: Table, path: KeyPath) => {
    for (const key of Object.keys(node)) {
      const here = [...path, key];
      const inDefaults = hasPath(defaults, here);
      if (!inDefaults && deepEqual(renderOrError(upstream, without(values, here), release), rendered)) {
        found.push(here);
        continue;
      }
      const child = node[key];
      if (isTable(child)) visit(child, here);
    }
  };
  visit(values, []);
  return found;
}
