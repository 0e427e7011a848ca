// Writes form fields back into engine.json text, changing only the keys whose value changed: the
// rest of the text (keys the form does not show, spacing, order, number spellings) stays as the
// user wrote it.
import { deepEqual } from "../values/tree";
import { parseJsonText } from "./json-text";
import { nodeAtPath, parseJsonTree, propertyOf, type JsonNode } from "./json-tree";
import { readEngineConfig } from "./read";
import type { EngineConfigFields } from "./fields";

type Path = (string | number)[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface Layout {
  indent: string;
  eol: string;
}

/** The indentation and line ends the text already uses (two spaces and \n by default). */
function layoutOf(text: string): Layout {
  return { indent: /\n([ \t]+)"/.exec(text)?.[1] ?? "  ", eol: text.includes("\r\n") ? "\r\n" : "\n" };
}

/** JSON on one line, spaced as people write it: {"a": [1, 2]}. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([key, child]) => `${JSON.stringify(key)}: ${inline(child)}`).join(", ")}}`;
  return JSON.stringify(value);
}

/** A value as JSON at a depth of the text: multi-line with its indentation, or on one line. */
function json(value: unknown, depth: number, layout: Layout, oneLine: boolean): string {
  if (oneLine) return inline(value);
  return JSON.stringify(value, null, layout.indent).replaceAll("\n", layout.eol + layout.indent.repeat(depth));
}

/** The text with one key set or removed, touching only that key's text. */
function edit(text: string, root: JsonNode, path: Path, value: unknown, layout: Layout): string {
  const node = nodeAtPath(root, path);
  if (value === undefined) return remove(text, root, path);
  const depth = path.length;
  if (node) {
    const oneLine = !text.slice(node.offset, node.offset + node.length).includes("\n");
    return text.slice(0, node.offset) + json(value, depth, layout, oneLine) + text.slice(node.offset + node.length);
  }
  const parent = nodeAtPath(root, path.slice(0, -1)) as JsonNode;
  const inside = text.slice(parent.offset, parent.offset + parent.length);
  const oneLine = !inside.includes("\n");
  const key = JSON.stringify(path.at(-1));
  const last = parent.children?.at(-1);
  if (oneLine) {
    const entry = `${key}: ${json(value, depth, layout, true)}`;
    if (!last) return `${text.slice(0, parent.offset + 1)}${entry}${text.slice(parent.offset + 1)}`;
    return `${text.slice(0, last.offset + last.length)}, ${entry}${text.slice(last.offset + last.length)}`;
  }
  const entry = `${layout.eol}${layout.indent.repeat(depth)}${key}: ${json(value, depth, layout, false)}`;
  if (!last) return `${text.slice(0, parent.offset + 1)}${entry}${text.slice(parent.offset + 1)}`;
  return `${text.slice(0, last.offset + last.length)},${entry}${text.slice(last.offset + last.length)}`;
}

/** The text without one property: with the comma before it, or after it when it is the first. */
function remove(text: string, root: JsonNode, path: Path): string {
  const parent = nodeAtPath(root, path.slice(0, -1));
  const property = propertyOf(parent, String(path.at(-1)));
  const siblings = parent?.children ?? [];
  const index = property ? siblings.indexOf(property) : -1;
  if (!parent || !property || index < 0) return text;
  const end = property.offset + property.length;
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  if (previous) return text.slice(0, previous.offset + previous.length) + text.slice(end);
  if (next) return text.slice(0, property.offset) + text.slice(next.offset);
  return text.slice(0, parent.offset + 1) + text.slice(parent.offset + parent.length - 1);
}

/** A key as the text spells it (Go matches keys ignoring case), else as the engine does. */
function spelled(node: JsonNode | undefined, key: string): { key: string; node?: JsonNode } {
  const property = propertyOf(node, key);
  return property ? { key: String(property.children?.[0]?.value), node: property.children?.[1] } : { key };
}

/** The changes from old to new settings, as [text path, new value or undefined to remove]. */
function changes(before: unknown, after: unknown, node: JsonNode | undefined, path: Path): [Path, unknown][] {
  if (deepEqual(before, after)) return [];
  if (!isObject(before) || !isObject(after) || node?.type !== "object") return [[path, after]];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) => {
    const { key: written, node: child } = spelled(node, key);
    return changes(before[key], after[key], child, [...path, written]);
  });
}

/**
 * engine.json text with the fields' values: only what changed is rewritten. An empty text gets
 * a new file; text that is not JSON cannot take edits (fix it first).
 */
export function writeEngineConfig(text: string, fields: EngineConfigFields): string {
  const empty = Object.keys(fields).length === 0;
  if (text.trim() === "") return empty ? text : `${JSON.stringify(fields, null, 2)}\n`;
  const parsed = parseJsonText(text);
  if (parsed.value === undefined || !isObject(parsed.value)) {
    throw new Error("engine.json is not a JSON object the form can change: fix the text first (its problems say where).");
  }
  const before = readEngineConfig(text, { kind: "unknown" }).fields;
  const layout = layoutOf(text);
  let result = text;
  for (const [path, value] of changes(before, fields, parsed.root, [])) {
    result = edit(result, parseJsonTree(result).root as JsonNode, path, value, layout);
  }
  return result;
}
