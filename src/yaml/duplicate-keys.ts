// Duplicated keys in linear time. The `yaml` package's own check (uniqueKeys: true) compares each
// new key with every earlier key of its map: 20,000 labels took 24 s to read. Here each map keeps
// a Set of its keys, so a document costs one pass over its pairs, with the same verdicts (two
// scalar keys whose resolved values are ===; `1` and `0x1`, `yes` and `true` are the same key) and
// the same error at the same place as the package reported.
import { isScalar, visit, YAMLParseError, type Document, type LineCounter } from "yaml";

const MESSAGE = "Map keys must be unique";

/** An error for each repeated key of a parsed document, as the `yaml` package's uniqueKeys check reports them. */
export function duplicateKeys(doc: Document, text: string, lines: LineCounter): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        // The package compares other keys (lists, maps, aliases) by identity: never equal.
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        // go-yaml's merge key: a plain `<<` may stand several times in one map.
        if (key.value === "<<" && key.type === "PLAIN") continue;
        if (seen.has(key.value)) errors.push(duplicateKeyError(key.range?.[0] ?? 0, text, lines));
        else seen.add(key.value);
      }
    },
  });
  return errors;
}

/**
 * Adds the errors to the document's in text order, each before the first later error, so that
 * errors[0] is the first in the text as it was when the package checked while composing.
 */
export function addDuplicateKeyErrors(doc: Document, errors: readonly YAMLParseError[]): void {
  if (!errors.length) return;
  const added = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const merged: YAMLParseError[] = [];
  let next = 0;
  for (const error of doc.errors) {
    while (next < added.length && added[next]!.pos[0] < error.pos[0]) merged.push(added[next++]!);
    merged.push(error);
  }
  merged.push(...added.slice(next));
  doc.errors = merged;
}

/** The error the package writes (prettyErrors): code, range, line and column, and the line with a caret. */
function duplicateKeyError(offset: number, text: string, lines: LineCounter): YAMLParseError {
  const error = new YAMLParseError([offset, offset + 1], "DUPLICATE_KEY", MESSAGE);
  const start = lines.linePos(offset);
  error.linePos = [start, lines.linePos(offset + 1)];
  const lineText = text.slice(lines.lineStarts[start.line - 1], lines.lineStarts[start.line] ?? text.length).replace(/[\n\r]+$/, "");
  const context = lineText.length > 80 ? "" : `:\n\n${lineText}\n${" ".repeat(start.col - 1)}^\n`;
  error.message = `${MESSAGE} at line ${start.line}, column ${start.col}${context}`;
  return error;
}
