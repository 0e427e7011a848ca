// Where in a values.yaml text each problem is: the key it names (engine.kinds), or the closest
// key above it that the text has, as lines and columns for an editor's markers.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { ValuesProblem } from "../values/validate";
import { YAML11_OPTIONS } from "../yaml/yaml11";
import { offsetPosition, type TextPosition } from "./values-document";

export interface ProblemRange {
  message: string;
  start: TextPosition;
  end: TextPosition;
}

function pathKeys(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((key) => key !== "")
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** The range of the key (or list entry) at a path, or of the deepest one above it the text has. */
function rangeOf(contents: unknown, keys: (string | number)[]): [number, number] | undefined {
  let node = contents as Node | null | undefined;
  let found: [number, number] | undefined;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      const keyNode = pair?.key as Node | undefined;
      if (!pair || !keyNode?.range) return found;
      found = [keyNode.range[0], keyNode.range[1]];
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      if (!item?.range) return found;
      found = [item.range[0], item.range[1]];
      node = item;
    } else {
      return found;
    }
  }
  return found;
}

/** The problems placed in the text; a problem with no place (the whole file) is put on line 1. */
export function problemRanges(text: string, problems: readonly ValuesProblem[]): ProblemRange[] {
  if (!problems.length) return [];
  const doc = parseDocument(text, { ...YAML11_OPTIONS, logLevel: "silent" });
  return problems.map((problem) => {
    const range = problem.path ? rangeOf(doc.contents, pathKeys(problem.path)) : undefined;
    const [from, to] = range ?? [0, 0];
    return { message: problem.message, start: offsetPosition(text, from), end: offsetPosition(text, Math.max(to, from + 1)) };
  });
}
