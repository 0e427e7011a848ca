// A form field that writes one scalar (a name typed letter by letter) changes one node: its new
// text goes where the old one stood, and the rest of the text is not printed again. Printing the
// whole document costs as much as the file is long; this costs as much as the value. The
// document's ranges are moved along, so the next write can do the same. Whatever this cannot be
// sure of (a value over several lines, a flow collection, an anchor or a tag, a source that does
// not read back as the node) is left to the whole document's printing.
// The other way round, a text typed in the values.yaml editor that changes one plain scalar (a
// word, a number) brings the document read from the text before to the new text the same way:
// editScalarSource. Its caller (the parse cache) then reads a 100 KB file per keystroke with no
// parse: the node's new source is read alone, and the values from the document (~3 ms in all).
import { isCollection, isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from "yaml";
import { deepEqual } from "../values/tree";
import { readYaml11 } from "../yaml/go-read";
import { goValue } from "../yaml/go-values";
import { documentToString, parseYaml11Document } from "../yaml/yaml11";

/** The text with the scalar's source replaced by the text of its new value, or undefined when it cannot be sure. */
export function spliceScalar(doc: Document, text: string, node: Scalar, before: unknown, parent: unknown): string | undefined {
  const range = node.range;
  if (!range || node.anchor || node.tag || !isCollection(parent) || parent.flow) return undefined;
  const [start, end] = range;
  const old = text.slice(start, end);
  if (old === "" || /[\n\r]/.test(old) || readScalarValue(old) !== before) return undefined;
  const written = scalarText(node.value);
  const read = written === undefined ? undefined : readScalarParts(written);
  if (written === undefined || !read || !deepEqual(read.value, node.value)) return undefined;
  // The node's own end moves with the rest.
  shiftRanges(doc, end, written.length - old.length);
  // And it reads as a parse of the new text would have it (its style, its source): a word typed
  // next in the values.yaml editor can then be read by editing it (editScalarSource).
  setScalarParts(node, read);
  node.type = read.type;
  return text.slice(0, start) + written + text.slice(end);
}

/** How the document would print the value in a block mapping, when it fits on its line. */
function scalarText(value: unknown): string | undefined {
  if (value !== null && typeof value === "object") return undefined;
  const doc = parseYaml11Document("k: x\n");
  doc.set("k", value);
  const printed = documentToString(doc);
  if (!printed.startsWith("k: ") || !printed.endsWith("\n")) return undefined;
  const inner = printed.slice(3, -1);
  return inner === "" || /[\n\r]/.test(inner) || /^[|>]/.test(inner) ? undefined : inner;
}

/** A marker that equals no value: the source does not read as one plain scalar. */
const NOT_A_SCALAR = Symbol("not a scalar");

/** The value a scalar's source text reads as in a block mapping. */
function readScalarValue(source: string): unknown {
  const read = readScalarParts(source);
  return read ? read.value : NOT_A_SCALAR;
}

/** What a scalar's source text reads as in a block mapping (its value, style and source); undefined when not one plain or quoted scalar. */
function readScalarParts(source: string): (TScalarParts & { type: Scalar["type"] }) | undefined {
  const doc = parseYaml11Document(`k: ${source}\n`);
  if (doc.errors.length) return undefined;
  const item = doc.get("k", true) as Node | undefined;
  return isScalar(item) && !item.anchor && !item.tag ? { ...scalarParts(item), type: item.type } : undefined;
}

/**
 * The source of a plain scalar whose reading depends on nothing around it: a word, a number, a
 * path or a version, with no space, quote, colon, comment sign, bracket, comma, anchor or tag
 * sign in it. A leading - or + only before a letter or digit (a lone "-" starts a list).
 */
const SELF_CONTAINED_PLAIN = /^(?:[A-Za-z0-9_./]|[-+][A-Za-z0-9_.])[A-Za-z0-9_./+-]*$/;

/**
 * Brings `doc`, read from `before`, to `text` when the two differ only inside the source of one
 * plain scalar value of a block mapping or list, and both sources are SELF_CONTAINED_PLAIN: the
 * node takes its new source and value, the offsets after it move. Returns the values the new text
 * holds (go-yaml's reading, as readYaml11 gives), or undefined with the document untouched. The
 * document must be the only one of its text, read from it as it stands (no line breaks go-yaml
 * reads otherwise), with no anchor or alias in it: the caller knows (values-document.ts).
 */
export function editScalarSource(doc: Document, before: string, text: string): unknown {
  const shortest = Math.min(before.length, text.length);
  let from = 0;
  while (from < shortest && before.charCodeAt(from) === text.charCodeAt(from)) from++;
  let same = 0;
  while (same < shortest - from && before.charCodeAt(before.length - 1 - same) === text.charCodeAt(text.length - 1 - same)) same++;
  const to = before.length - same;
  const delta = text.length - before.length;
  if (from === to && delta === 0) return undefined;
  const found = scalarValueAround(doc, from, to);
  if (!found) return undefined;
  const { node, parent } = found;
  const range = node.range!;
  const [start, end] = range;
  if (node.type !== "PLAIN" || node.anchor || node.tag || parent.flow || start === 0 || before[start - 1] === "\n") return undefined;
  const source = text.slice(start, end + delta);
  if (!SELF_CONTAINED_PLAIN.test(before.slice(start, end)) || !SELF_CONTAINED_PLAIN.test(source)) return undefined;
  const alone = plainScalarAlone(source);
  if (!alone) return undefined;
  const kept = scalarParts(node);
  const keptRange = [...range];
  setScalarParts(node, alone);
  shiftRanges(doc, to, delta);
  // An insertion before the source's first character moved its start with the rest.
  range[0] = start;
  const read = goValue(doc, text);
  if (read.ok) return read.value;
  // Not expected (the source alone read well); the document goes back as it was.
  setScalarParts(node, kept);
  shiftRanges(doc, to + delta, -delta);
  range.splice(0, 3, ...keptRange);
  return undefined;
}

/** The plain scalar that is a value (not a key) of a block collection and whose source holds [from, to]. */
function scalarValueAround(doc: Document, from: number, to: number): { node: Scalar; parent: { flow?: boolean } } | undefined {
  const holds = (node: unknown): node is Node => Boolean(node && (node as Node).range && (node as Node).range![0] <= from && to <= (node as Node).range![1]);
  let node: unknown = doc.contents;
  if (!isMap(node) || !holds(node)) return undefined;
  for (;;) {
    let next: unknown;
    const parent = node as { flow?: boolean };
    if (isMap(node)) {
      for (const pair of node.items) {
        // Inside a key (a key renamed or being typed): not a value's edit. A merge key's value is a mapping to merge.
        if (holds(pair.key)) return undefined;
        if (!holds(pair.value)) continue;
        if (isScalar(pair.key) && pair.key.value === "<<") return undefined;
        next = pair.value;
        break;
      }
    } else if (isSeq(node)) {
      next = node.items.find(holds);
    } else return undefined;
    if (isScalar(next)) return { node: next, parent };
    if (!isCollection(next)) return undefined;
    node = next;
  }
}

type TScalarParts = Pick<Scalar, "value" | "source" | "format" | "minFractionDigits">;
const SCALAR_PARTS = ["value", "source", "format", "minFractionDigits"] as const;

/** What a scalar's reading sets on it (its value, and how its source writes it). */
function scalarParts(node: Scalar): TScalarParts {
  return { value: node.value, source: node.source, format: node.format, minFractionDigits: node.minFractionDigits };
}

function setScalarParts(node: Scalar, parts: TScalarParts): void {
  const target = node as unknown as Record<string, unknown>;
  for (const key of SCALAR_PARTS) {
    if (parts[key] === undefined) delete target[key];
    else target[key] = parts[key];
  }
}

/** What a plain source reads as on its own (where go-yaml reads it too); undefined when that is not one plain scalar. */
function plainScalarAlone(source: string): TScalarParts | undefined {
  // A plain scalar's tag follows from its source alone, wherever it stands: read as a document of its own.
  const read = readYaml11(source);
  if (!read.ok || read.docs.length !== 1 || read.notes.length) return undefined;
  const item = read.docs[0]!.contents;
  if (!isScalar(item) || item.type !== "PLAIN" || item.anchor || item.tag || item.range?.[0] !== 0 || item.range[1] !== source.length) return undefined;
  return scalarParts(item);
}

/**
 * Moves every offset at or after `from` by `delta`: the nodes after the edit, and the ends of those
 * around it. A walk of its own: the yaml package's visit took ~3 ms of a 100 KB file's keystroke.
 */
function shiftRanges(doc: Document, from: number, delta: number): void {
  if (delta === 0) return;
  const shift = (range: [number, number, number] | null | undefined) => {
    if (!range) return;
    for (let index = 0; index < 3; index++) if (range[index]! >= from) range[index]! += delta;
  };
  const walk = (node: unknown): void => {
    if (!isNode(node)) return;
    const range = node.range as [number, number, number] | null | undefined;
    // A node that ends before the edit holds no offset to move, nor do the nodes inside it.
    if (range && range[2] < from) return;
    shift(range);
    if (!isCollection(node)) return;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        walk(item.key);
        walk(item.value);
      } else walk(item);
    }
  };
  shift(doc.range as [number, number, number]);
  walk(doc.contents);
}
