// Walks the zod values schema: the generator of values.yaml, values.schema.json, the README,
// schema-facts.json and value-paths.ts use it.
import type { z } from "zod";

export interface SchemaNode {
  /** The schema with default/optional/nullable wrappers removed. */
  inner: z.ZodType;
  description: string | undefined;
  /** A strict object of the chart's own (engine, engine.image, ...), not a free-form map. */
  isSection: boolean;
  removable: boolean;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
};

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

/** One step of a key path: a key of an object, any entry of a list, or any key of a map (or of a loose object). */
export type PathStep = { kind: "key"; key: string } | { kind: "item" } | { kind: "anyKey" };

const ITEM: PathStep = { kind: "item" };
const ANY_KEY: PathStep = { kind: "anyKey" };

/** The steps one level down from a node and the schema each leads to; a union offers its members' steps. */
function childSteps(node: SchemaNode): [PathStep, z.ZodType][] {
  const def = defOf(node.inner);
  const isNever = (schema: z.ZodType) => defOf(schema).type === "never";
  switch (def.type) {
    case "object": {
      const steps: [PathStep, z.ZodType][] = Object.entries(def.shape ?? {}).map(([key, child]) => [{ kind: "key", key }, child]);
      if (def.catchall && !isNever(def.catchall)) steps.push([ANY_KEY, def.catchall]);
      return steps;
    }
    case "array":
      // orEmptyList's `[]` is a list of never: there is no entry to reach.
      return def.element && !isNever(def.element) ? [[ITEM, def.element]] : [];
    case "record":
      return def.valueType ? [[ANY_KEY, def.valueType]] : [];
    case "union":
      return (def.options ?? []).flatMap((option) => childSteps(describeNode(option)));
    default:
      return [];
  }
}

/**
 * Visits every key path under `root`, depth first in declaration order: sections, Kubernetes
 * objects, list entries, map values and union members (a path two members share comes twice).
 * `maxDepth` stops a schema that refers to itself.
 */
export function walkPaths(root: z.ZodType, visit: (path: readonly PathStep[], node: SchemaNode) => void, maxDepth = 12): void {
  const walk = (node: SchemaNode, path: PathStep[]) => {
    if (path.length > maxDepth) return;
    for (const [step, schema] of childSteps(node)) {
      const child = describeNode(schema);
      const childPath = [...path, step];
      visit(childPath, child);
      walk(child, childPath);
    }
  };
  walk(describeNode(root), []);
}
