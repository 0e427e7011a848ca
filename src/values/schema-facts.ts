// What the wizard's first screen needs from the values schema without loading zod: the defaults
// and each key's description, read from the schema here and written by `npm run gen` to
// schema-facts.json (defaults.ts and descriptions.ts read that file). One source: the schema.
import { ZValues, type TValues } from "./schema";
import { describeNode, walkPaths } from "./walk";

type Walkable = { shape?: Record<string, Parameters<typeof describeNode>[0]>; element?: Parameters<typeof describeNode>[0] };

export interface SchemaFacts {
  /** The chart's defaults: ZValues parsed from nothing. */
  defaults: TValues;
  /** The description of each key path that has one ("engine.image.ref"; list entries without an index: "engine.tolerations.key"). */
  descriptions: Record<string, string>;
}

export function schemaFacts(): SchemaFacts {
  const descriptions: Record<string, string> = {};
  // Every described key, into Kubernetes objects and list entries (without an index), as
  // describePath walks them; a key under a map's free keys has no description of its own.
  walkPaths(ZValues, (path, node) => {
    const last = path[path.length - 1];
    if (last?.kind !== "key" || !node.description || path.some((step) => step.kind === "anyKey")) return;
    const keyPath = path.flatMap((step) => (step.kind === "key" ? [step.key] : [])).join(".");
    if (!Object.hasOwn(descriptions, keyPath)) descriptions[keyPath] = node.description;
  });
  return { defaults: ZValues.parse({}), descriptions };
}

/** The schema's description of a key path, walked in the schema itself (schemaFacts' reference). */
export function describePath(path: string): string | undefined {
  const keys = path.replace(/\[\d+\]/g, "").split(".");
  let node = describeNode(ZValues);
  for (const key of keys) {
    let inner = node.inner as unknown as Walkable;
    if (inner.element) inner = describeNode(inner.element).inner as unknown as Walkable;
    if (!inner.shape || !Object.hasOwn(inner.shape, key)) return undefined;
    const child = inner.shape[key];
    if (!child) return undefined;
    node = describeNode(child);
  }
  return node.description;
}
