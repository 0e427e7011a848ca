// A form field that writes one scalar (a name typed letter by letter) changes one node: its new
// text goes where the old one stood, and the rest of the text is not printed again. Printing the
// whole document costs as much as the file is long; this costs as much as the value. The
// document's ranges are moved along, so the next write can do the same. Whatever this cannot be
// sure of (a value over several lines, a flow collection, an anchor or a tag, a source that does
// not read back as the node) is left to the whole document's printing.
import { isCollection, isScalar, visit, type Document, type Node, type Scalar } from "yaml";
import { deepEqual } from "../values/tree";
import { documentToString, parseYaml11Document } from "../yaml/yaml11";

/** The text with the scalar's source replaced by the text of its new value, or undefined when it cannot be sure. */
export function spliceScalar(doc: Document, text: string, node: Scalar, before: unknown, parent: unknown): string | undefined {
  const range = node.range;
  if (!range || node.anchor || node.tag || !isCollection(parent) || parent.flow) return undefined;
  const [start, end] = range;
  const old = text.slice(start, end);
  if (old === "" || /[\n\r]/.test(old) || readScalarValue(old) !== before) return undefined;
  const written = scalarText(node.value);
  if (written === undefined || !deepEqual(readScalarValue(written), node.value)) return undefined;
  // The node's own end moves with the rest.
  shiftRanges(doc, end, written.length - old.length);
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
  const doc = parseYaml11Document(`k: ${source}\n`);
  if (doc.errors.length) return NOT_A_SCALAR;
  const item = doc.get("k", true) as Node | undefined;
  return isScalar(item) && !item.anchor && !item.tag ? item.value : NOT_A_SCALAR;
}

/** Moves every offset at or after `from` by `delta`: the nodes after the edit, and the ends of those around it. */
function shiftRanges(doc: Document, from: number, delta: number): void {
  if (delta === 0) return;
  const shift = (range: [number, number, number] | null | undefined) => {
    if (!range) return;
    for (let index = 0; index < 3; index++) if (range[index]! >= from) range[index]! += delta;
  };
  shift(doc.range as [number, number, number]);
  visit(doc, {
    Node(_, node) {
      shift(node.range as [number, number, number] | null | undefined);
    },
  });
}
