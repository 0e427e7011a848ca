// engine.json text as Go's encoding/json reads it (json-tree.ts): numbers kept with their text,
// duplicated keys reported (Go decodes both, the later wins).
import { parseJsonTree, type JsonNode } from "./json-tree";
import { JsonNumber } from "./sizes";

export interface TextProblem {
  /** The key path, as gc.policies[0].keepDuration ("" for the whole text). */
  path: string;
  message: string;
  severity: "error" | "warning";
  /** 1-based line and column of the place in the text, when known. */
  line?: number;
  column?: number;
}

export interface ParsedJson {
  /** The value with JsonNumber for numbers; undefined when the text is not JSON. */
  value: unknown;
  root?: JsonNode;
  problems: TextProblem[];
}

export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index ? `.${part}` : part)).join("");
}

/**
 * Sets a key as the object's own data, `__proto__` included: assigned, that key would set the
 * object's prototype instead (JSON.parse and Go keep it as a key, which the engine then refuses
 * as one it does not know).
 */
export function setOwn(table: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}

function toValue(node: JsonNode, path: (string | number)[], text: string, problems: TextProblem[]): unknown {
  switch (node.type) {
    case "object": {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        if (Object.hasOwn(result, key)) {
          problems.push({ path: formatPath([...path, key]), message: `${formatPath([...path, key])} is written twice: the engine reads both and keeps the later one. Remove one.`, severity: "warning", ...position(text, keyNode.offset) });
        }
        setOwn(result, key, toValue(valueNode, [...path, key], text, problems));
      }
      return result;
    }
    case "array":
      return (node.children ?? []).map((child, index) => toValue(child, [...path, index], text, problems));
    case "number":
      return new JsonNumber(text.slice(node.offset, node.offset + node.length), node.value as number);
    default:
      return node.value;
  }
}

/** Parses engine.json text; an empty text is no file at all (the chart mounts none). */
export function parseJsonText(text: string): ParsedJson {
  if (text === "") return { value: undefined, problems: [] };
  const { root, errors } = parseJsonTree(text);
  const problems: TextProblem[] = errors.map((error) =>
    // Go's json.Decoder reads the first value and leaves the rest unread.
    error.trailing
      ? { path: "", message: "Text after the JSON object: the engine reads the first value only and ignores the rest. Remove it.", severity: "warning", ...position(text, error.offset) }
      : { path: "", message: `engine.json is not valid JSON: ${error.message}`, severity: "error", ...position(text, error.offset) },
  );
  if (!root) {
    if (problems.length) return { value: undefined, problems };
    problems.push({ path: "", message: "engine.json is empty: the engine fails to start on an empty file (EOF). Write {} or clear the text.", severity: "error" });
    return { value: undefined, problems };
  }
  if (problems.some((problem) => problem.severity === "error")) return { value: undefined, root, problems };
  return { value: toValue(root, [], text, problems), root, problems };
}
