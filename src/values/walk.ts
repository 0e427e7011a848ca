// Walks the zod values schema: the generator of values.yaml, values.schema.json and the README
// use it, and so does the wizard to find a field's description.
import type { z } from "zod";

export interface SchemaNode {
  /** The schema with default/optional/nullable wrappers removed. */
  inner: z.ZodType;
  description: string | undefined;
  /** A strict object of the chart's own (engine, engine.image, ...), not a free-form map. */
  isSection: boolean;
  removable: boolean;
}

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; catchall?: z.ZodType };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const WRAPPERS = new Set(["default", "prefault", "optional", "nullable"]);

export function describeNode(schema: z.ZodType): SchemaNode {
  let inner = schema;
  let description = schema.description;
  let removable = Boolean((schema.meta() as { removable?: boolean } | undefined)?.removable);
  while (WRAPPERS.has(defOf(inner).type)) {
    inner = defOf(inner).innerType as z.ZodType;
    description ??= inner.description;
    removable ||= Boolean((inner.meta() as { removable?: boolean } | undefined)?.removable);
  }
  const def = defOf(inner);
  // A removable object (a probe, a security context) is one parameter, not a section.
  const isSection = !removable && def.type === "object" && defOf(def.catchall ?? inner).type === "never";
  return { inner, description, isSection, removable };
}

/** The fields of a chart section (a strict object), in declaration order. */
export function sectionFields(node: SchemaNode): [string, z.ZodType][] {
  return Object.entries(defOf(node.inner).shape ?? {});
}

/** The schema node at a key path such as ["engine", "image", "ref"], or undefined. */
export function nodeAt(root: z.ZodType, path: readonly string[]): SchemaNode | undefined {
  let node = describeNode(root);
  for (const key of path) {
    if (!node.isSection) return undefined;
    const field = sectionFields(node).find(([name]) => name === key);
    if (!field) return undefined;
    node = describeNode(field[1]);
  }
  return node;
}
