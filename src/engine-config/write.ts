// Writes form fields back into engine.json text, changing only the keys whose value changed: the
// rest of the text (keys the form does not show, spacing, order, number spellings) stays as the
// user wrote it.
import { applyEdits, modify, type FormattingOptions, type Node } from "jsonc-parser";
import { deepEqual } from "../values/tree";
import { parseJsonText } from "./json-text";
import { readEngineConfig } from "./read";
import type { EngineConfigFields } from "./fields";

type Path = (string | number)[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The indentation and line ends the text already uses (two spaces and \n by default). */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? "  ";
  return { insertSpaces: !indent.startsWith("\t"), tabSize: indent.startsWith("\t") ? 1 : indent.length, eol: text.includes("\r\n") ? "\r\n" : "\n" };
}

/** A key as the text spells it (Go matches keys ignoring case), else as the engine does. */
function spelled(node: Node | undefined, key: string): { key: string; node?: Node } {
  const properties = node?.type === "object" ? (node.children ?? []) : [];
  const property = properties.findLast((p) => p.children?.[0]?.value === key) ?? properties.findLast((p) => String(p.children?.[0]?.value).toLowerCase() === key.toLowerCase());
  return property ? { key: String(property.children?.[0]?.value), node: property.children?.[1] } : { key };
}

/** The changes from old to new settings, as [text path, new value or undefined to remove]. */
function changes(before: unknown, after: unknown, node: Node | undefined, path: Path): [Path, unknown][] {
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
  let result = text;
  const formattingOptions = formattingOf(text);
  for (const [path, value] of changes(before, fields, parsed.root, [])) {
    result = applyEdits(result, modify(result, path, value, { formattingOptions }));
  }
  return result;
}
