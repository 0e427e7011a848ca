// "Did you mean" for unknown keys: the closest sibling key of the schema, by edit distance.
import { distance } from "fastest-levenshtein";
import { ZValues } from "./schema";
import { nodeAt, sectionFields } from "./walk";

/** The full path of the closest known key next to an unknown one, or undefined. */
export function suggestKey(path: readonly string[]): string | undefined {
  const key = path.at(-1);
  const parent = nodeAt(ZValues, path.slice(0, -1));
  if (!key || !parent?.isSection) return undefined;
  let best: { name: string; score: number } | undefined;
  for (const [name] of sectionFields(parent)) {
    const score = distance(key.toLowerCase(), name.toLowerCase());
    if (!best || score < best.score) best = { name, score };
  }
  if (!best || best.score > Math.max(2, Math.floor(key.length / 3))) return undefined;
  return [...path.slice(0, -1), best.name].join(".");
}
