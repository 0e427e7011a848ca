// Pure helpers for the engine.json form: one setting changed in the fields the core read, and
// what a typed size or number is written as. The text itself is changed by the core
// (writeEngineConfig), which rewrites only what changed.
import type { EngineConfigFields } from "../../../../src";

export type TJsonPath = (string | number)[];

type Node = Record<string, unknown> | unknown[];

const isEmptyObject = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

/**
 * The fields with the setting at `path` set, or removed when `value` is undefined. Objects left
 * empty along the path by a removal go too ("gc": {} says nothing to the engine), but only those:
 * an empty object the user wrote elsewhere stays.
 */
export function withSetting(fields: EngineConfigFields, path: TJsonPath, value: unknown): EngineConfigFields {
  const root = structuredClone(fields) as Record<string, unknown>;
  const parents: [Node, string | number][] = [];
  let node: Node = root;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) break;
    const container = node as Record<string | number, unknown>;
    if (typeof container[key] !== "object" || container[key] === null) container[key] = typeof path[index + 1] === "number" ? [] : {};
    parents.push([node, key]);
    node = container[key] as Node;
  }
  const last = path.at(-1) as string | number;
  if (value !== undefined) (node as Record<string | number, unknown>)[last] = value;
  else if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
  else delete (node as Record<string | number, unknown>)[last];
  if (value === undefined) {
    for (const [parent, key] of parents.reverse()) {
      const child = (parent as Record<string | number, unknown>)[key];
      if (!isEmptyObject(child)) break;
      delete (parent as Record<string | number, unknown>)[key];
    }
  }
  return root as EngineConfigFields;
}

/** The registries with one host renamed, in the same place of the list. */
export function withHostRenamed(registries: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(registries).map(([host, value]) => [host === from ? to : host, value]));
}

/**
 * A typed size or duration as engine.json takes it: digits alone are a number of bytes (or
 * seconds), anything else the text as typed (512MB, 10%, 48h), which the engine parses itself;
 * empty removes the key.
 */
export function typedSetting(text: string): number | string | undefined {
  if (text === "") return undefined;
  if (/^\d+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  return text;
}

/** A problem's message without its leading key path, which the field already names. */
export function atField(path: string, message: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
