// The user's values.yaml as a yaml node, to stand in another file (a HelmRelease's spec.values,
// an Application's valuesObject) with its comments, order and quoting kept. It is read with the
// core's YAML 1.1 rules, so a value keeps the type Helm would give it.
import { isMap, isScalar, type YAMLMap } from "yaml";
import { parseYaml11Document } from "../yaml/yaml11";
import { isModelineComment } from "../wizard/site";

/**
 * The values as a map node, or undefined when the text sets nothing. Comments before the first
 * key and after the last come along; a yaml-language-server line does not (it is values.yaml's
 * own). Throws, with line and column, on a text that is not a YAML mapping.
 */
export function valuesNode(valuesText: string): YAMLMap | undefined {
  const doc = parseYaml11Document(valuesText);
  const error = doc.errors[0];
  if (error) throw new Error(`values.yaml: ${error.message}`);
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return undefined;
  if (!isMap(contents)) throw new Error("values.yaml: the values must be a YAML mapping of keys to values");
  if (!contents.items.length) return undefined;
  contents.commentBefore = withoutModeline([doc.commentBefore, contents.commentBefore]);
  contents.comment = [contents.comment, doc.comment].filter(Boolean).join("\n") || undefined;
  const first = contents.items[0]?.key;
  if (isScalar(first)) first.commentBefore = withoutModeline([first.commentBefore]);
  // The map's own style: a flow map ({a: 1}) stays flow, a block map stays block.
  return contents;
}

function withoutModeline(comments: (string | null | undefined)[]): string | undefined {
  const lines = comments
    .filter((comment): comment is string => Boolean(comment))
    .join("\n")
    .split("\n")
    .filter((line) => !isModelineComment(line));
  while (lines.length && !lines[0]?.trim()) lines.shift();
  return lines.length ? lines.join("\n") : undefined;
}
