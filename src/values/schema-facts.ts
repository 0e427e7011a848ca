// What the wizard's first screen needs from the values schema without loading zod: the defaults
// and each key's description, read from the schema here and written by `npm run gen` to
// schema-facts.json (defaults.ts and descriptions.ts read that file). One source: the schema.
import { ZValues, type TValues } from "./schema";
import { describeNode, type SchemaNode } from "./walk";

export interface SchemaFacts {
  /** The chart's defaults: ZValues parsed from nothing. */
  defaults: TValues;
  /** The description of each key path that has one ("engine.image.ref"; list entries without an index: "engine.tolerations.key"). */
  descriptions: Record<string, string>;
}

export function schemaFacts(): SchemaFacts {
  const descriptions: Record<string, string> = {};
  collect(describeNode(ZValues), "", descriptions, 0);
  return { defaults: ZValues.parse({}), descriptions };
}

type Walkable = { shape?: Record<string, Parameters<typeof describeNode>[0]>; element?: Parameters<typeof describeNode>[0] };

/** Every key under a node, into Kubernetes objects and list entries, as describePath walks them. */
function collect(node: SchemaNode, path: string, into: Record<string, string>, depth: number): void {
  if (depth > 12) return;
  let inner = node.inner as unknown as Walkable;
  if (inner.element) inner = describeNode(inner.element).inner as unknown as Walkable;
  for (const [key, child] of Object.entries(inner.shape ?? {})) {
    const childPath = path ? `${path}.${key}` : key;
    const described = describeNode(child);
    if (described.description && !Object.hasOwn(into, childPath)) into[childPath] = described.description;
    collect(described, childPath, into, depth + 1);
  }
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
