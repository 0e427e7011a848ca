// Where in a values.yaml text each problem is: the key it names (engine.kinds), or the closest
// key above it that the text has, as lines and columns for an editor's markers.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import type { ValuesProblem } from "../values/validate";
import { parseValuesText, textPositions, type TextPosition } from "./values-document";

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

/** A map's pairs by key text, built once per map: a file with many problems in one large map stays linear. */
type PairIndex = (map: YAMLMap) => Map<string, Pair>;

function pairIndex(): PairIndex {
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  return (map) => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        // The first of two equal keys, as a search from the start would find.
        if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
      }
      indexes.set(map, index);
    }
    return index;
  };
}

/** The range of the key (or list entry) at a path, or of the deepest one above it the text has. */
function rangeOf(contents: unknown, keys: (string | number)[], pairsOf: PairIndex): [number, number] | undefined {
  let node = contents as Node | null | undefined;
  let found: [number, number] | undefined;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(key));
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
  const parsed = parseValuesText(text);
  const contents = parsed.ok ? parsed.doc.contents : null;
  const pairsOf = pairIndex();
  const positionOf = textPositions(text);
  return problems.map((problem) => {
    const range = problem.path ? rangeOf(contents, pathKeys(problem.path), pairsOf) : undefined;
    const [from, to] = range ?? [0, 0];
    return { message: problem.message, start: positionOf(from), end: positionOf(Math.max(to, from + 1)) };
  });
}
