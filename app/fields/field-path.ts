// One key path, two spellings: the values path the core's problems use ("engine.env[0].name")
// and the DOM id that the review step jumps to ("field-engine.env[0].name").
import type { OpenValuePath, ValuePath } from "../../src";

/**
 * The path of a wizard field: a values path (ValuePath, generated from the schema), or one of the
 * fields that edit no values key: the release's name and namespace (helm install's arguments)
 * and the choice between magicache.token and magicache.secretName.
 */
export type TFieldPath = ValuePath | "release.name" | "release.namespace" | "magicache.source";

/**
 * A values path that holds a list: "engine.args", for which "engine.args[${number}]" is a
 * ValuePath; or a path under free keys, where the schema leaves the value open
 * ("engine.lifecycle.preStop.exec.command": a lifecycle handler is a loose object).
 */
export type TListPath = (ValuePath extends infer P ? (P extends `${infer List}[${number}]` ? List : never) : never) | OpenValuePath;

/** A values path of a list of objects with a name: "engine.imagePullSecrets". */
export type TNamedListPath = ValuePath extends infer P ? (P extends `${infer List}[${number}].name` ? List : never) : never;

export function fieldId(path: TFieldPath): string {
  return fieldIdOf(path);
}

/** The DOM id for a path known only at run time (a problem's): it may be no field's. */
export function fieldIdOf(path: string): string {
  return `field-${path}`;
}

/** The value at a values path in plain data, or undefined. */
export function valueAt(values: unknown, path: ValuePath): unknown {
  let node = values;
  for (const key of path.replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
