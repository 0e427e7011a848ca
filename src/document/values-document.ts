// The user's values.yaml as a yaml Document, edited node by node so that comments, key order
// and formatting survive (the Kubeapps lesson: edit through the Document API, keep one state).
import { isAlias, isCollection, isMap, isScalar, isSeq, visit, type Document, type Node } from "yaml";
import { mergeValueFiles } from "../values/coalesce";
import { isTable, type Table } from "../values/tree";
import { editScalarSource } from "./scalar-splice";
import { readYaml11 } from "../yaml/go-read";
import { documentToString, parseYaml11Document } from "../yaml/yaml11";

export interface TextPosition {
  line: number;
  column: number;
}

export type ParsedValuesText =
  | { ok: true; doc: Document; values: Table; notes: string[]; documents: number }
  | { ok: false; message: string; position?: TextPosition };

/** The text around a document that is not the only one in its file, kept when the document is written. */
const otherParts = new WeakMap<Document, { before: string; after: string }>();
/** Documents whose text writes block lists at their key's indentation, to be printed that way too. */
const listsAtKey = new WeakSet<Document>();

/**
 * The last few texts read, keyed by the text itself: the wizard asks about the same text several
 * times per change (its values, the editor's markers, the copy it saves), and a large file takes
 * a while to parse. A pure function's cache, not a second copy of the state.
 */
const CACHE_SIZE = 4;
const parsedTexts = new Map<string, ParsedValuesText>();

/**
 * Parses values.yaml text as Helm reads it; an error comes back with its line and column. A
 * file of several YAML documents reads as Helm 4 reads it (merged in order), with a note; the
 * first is the one to edit, and writing it keeps the others as they are. The same text gives the
 * same answer while it is cached: read it, do not change its document (parseValuesTextToEdit
 * gives one to change), and do not keep it past the next reading of another text, which may
 * bring it to that text (readAfterScalarEdit).
 */
export function parseValuesText(text: string): ParsedValuesText {
  const cached = parsedTexts.get(text);
  if (cached) {
    // Most recently used last, so the oldest is the first to go.
    parsedTexts.delete(text);
    parsedTexts.set(text, cached);
    return cached;
  }
  const parsed = readAfterScalarEdit(text) ?? readValuesDocument(text);
  parsedTexts.set(text, parsed);
  if (parsedTexts.size > CACHE_SIZE) parsedTexts.delete(parsedTexts.keys().next().value as string);
  return parsed;
}

/**
 * Documents put in the cache by rememberParsedText: their writer edits them again. Each with what
 * makes its writer let go of it (readAfterScalarEdit takes it over for a text typed elsewhere).
 */
const writersDocuments = new WeakMap<Document, () => void>();

/**
 * The text's reading with a document that is the caller's to change: it leaves the cache. A
 * document a writer put there (rememberParsedText) stays the writer's: the caller gets a copy.
 * `keepReading`: the reading stays in the cache and the caller gets a copy, for a caller in a
 * thread that reads the text again (the worker's save, whose next keystroke edits that reading).
 */
export function parseValuesTextToEdit(text: string, { keepReading = false } = {}): ParsedValuesText {
  const parsed = parseValuesText(text);
  if (!keepReading) parsedTexts.delete(text);
  return parsed.ok && (keepReading || writersDocuments.has(parsed.doc)) ? { ...parsed, doc: copyOfDocument(parsed.doc) } : parsed;
}

/** A copy of a document (its nodes' ranges kept) that prints as the document does. */
function copyOfDocument(doc: Document): Document {
  const copy = doc.clone();
  const parts = otherParts.get(doc);
  if (parts) otherParts.set(copy, parts);
  if (listsAtKey.has(doc)) listsAtKey.add(copy);
  return copy;
}

/**
 * Puts a text's reading in the cache without parsing the text: a document the caller edited and
 * printed as `text` (a field's write), whose node ranges still stand where the text has them. A
 * reading of that text in this thread (the values worker writes a large text and then reads it)
 * then costs no parse. The caller takes it out (forgetParsedText) before it edits the document again;
 * parseValuesTextToEdit never hands it to anyone else to change. `letGo`: the writer forgets the
 * document, for a reading that brings it to a text typed in the values.yaml editor (the writer's
 * next write then finds that reading in the cache, and parses nothing either).
 */
export function rememberParsedText(text: string, parsed: Extract<ParsedValuesText, { ok: true }>, letGo: () => void): void {
  writersDocuments.set(parsed.doc, letGo);
  parsedTexts.delete(text);
  parsedTexts.set(text, parsed);
  if (parsedTexts.size > CACHE_SIZE) parsedTexts.delete(parsedTexts.keys().next().value as string);
}

/** Takes a text's reading out of the cache: its document is about to change. */
export function forgetParsedText(text: string): void {
  parsedTexts.delete(text);
}

/**
 * Documents that editScalarSource may bring to a new text: the only document of their text, read
 * from it as it stands (go-yaml's line breaks are plain ones there), with no anchor or alias.
 */
const editableInPlace = new WeakSet<Document>();

/**
 * The reading of a text that differs from a cached one inside one plain scalar (a word typed in
 * the values.yaml editor): that reading's document is brought to the new text (scalar-splice.ts)
 * and the earlier text leaves the cache. A parse of 100 KB takes ~50 ms; this, ~3 ms. A writer's
 * document is taken over the same way, once no reading of the reader's own will do: its writer
 * lets go of it (a user who typed in a field, then types in the editor, costs no parse).
 */
function readAfterScalarEdit(text: string): ParsedValuesText | undefined {
  const cached = [...parsedTexts].reverse();
  for (const writers of [false, true]) {
    for (const [before, parsed] of cached) {
      if (!parsed.ok || !editableInPlace.has(parsed.doc) || writersDocuments.has(parsed.doc) !== writers) continue;
      const letGo = writersDocuments.get(parsed.doc);
      const values = editScalarSource(parsed.doc, before, text);
      if (!isTable(values)) continue;
      letGo?.();
      writersDocuments.delete(parsed.doc);
      parsedTexts.delete(before);
      return { ok: true, doc: parsed.doc, values, notes: [], documents: 1 };
    }
  }
  return undefined;
}

function readValuesDocument(text: string): ParsedValuesText {
  const read = readYaml11(text);
  if (!read.ok) return { ok: false, message: read.problem.message, position: offsetPosition(text, read.problem.offset) };
  const tables: Table[] = [];
  let anchors = false;
  for (const [index, doc] of read.docs.entries()) {
    const structural = structuralProblem(doc, text);
    if (structural.problem) return { ok: false, ...structural.problem };
    anchors ||= structural.anchors;
    const value = read.values[index];
    if (value === null || value === undefined) continue;
    if (!isTable(value)) {
      return { ok: false, message: `values must be a YAML mapping of keys to values, not ${Array.isArray(value) ? "a list" : "a single value"}`, position: offsetPosition(text, doc.contents?.range?.[0]) };
    }
    tables.push(value);
  }
  const doc = read.docs[0] ?? parseYaml11Document(text);
  if (read.docs.length > 1 || read.firstPart[0] > 0) otherParts.set(doc, { before: text.slice(0, read.firstPart[0]), after: text.slice(read.firstPart[1]) });
  if (writesListsAtKeyIndent(text)) listsAtKey.add(doc);
  if (read.docs.length === 1 && !otherParts.has(doc) && !read.notes.length && read.source === text && !anchors) editableInPlace.add(doc);
  const values = tables.length > 1 ? mergeValueFiles(tables) : (tables[0] ?? {});
  return { ok: true, doc, values, notes: read.notes, documents: read.docs.length };
}

// A key line with nothing after its colon but a comment, then comment or blank lines, then a list item.
const KEY_THEN_ITEM_AT_ITS_INDENT = /^( *)[^ \n#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*\1- /m;
const KEY_THEN_INDENTED_ITEM = /^( *)[^ \n#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*\1 +- /m;

/**
 * Whether a text writes its block lists at their key's indentation (`key:\n- a`, as Helm and
 * kubectl write YAML) and never indented under it: a printed edit then keeps that style, so that
 * only the edited lines change. A text that mixes both gets the indented style.
 */
export function writesListsAtKeyIndent(text: string): boolean {
  return KEY_THEN_ITEM_AT_ITS_INDENT.test(text) && !KEY_THEN_INDENTED_ITEM.test(text);
}

/**
 * What YAML allows but a values file cannot hold, with its place: an alias to an anchor that is
 * not defined before it, and a key that is a list or a mapping (Helm wants string keys). With it,
 * whether the document has an anchor or an alias.
 */
function structuralProblem(doc: Document, text: string): { problem?: { message: string; position: TextPosition }; anchors: boolean } {
  let problem: { message: string; position: TextPosition } | undefined;
  let aliases = false;
  const anchors = new Set<string>();
  visit(doc, {
    Node(_, node) {
      if (problem) return visit.BREAK;
      if (isAlias(node)) {
        aliases = true;
        if (!anchors.has(node.source)) problem = { message: `the alias *${node.source} names no anchor &${node.source} defined before it`, position: offsetPosition(text, node.range?.[0]) };
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
    Pair(_, pair) {
      if (!problem && isCollection(pair.key)) {
        problem = { message: "a key must be a plain value, not a list or a mapping", position: offsetPosition(text, (pair.key as Node).range?.[0]) };
      }
    },
  });
  return { problem, anchors: aliases || anchors.size > 0 };
}

export function offsetPosition(text: string, offset = 0): TextPosition {
  return textPositions(text)(offset);
}

/** Line and column of offsets in one text: the line starts are found once, each offset by binary search. */
export function textPositions(text: string): (offset?: number) => TextPosition {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset = 0) => {
    offset = Math.min(Math.max(offset, 0), text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

type Path = readonly (string | number)[];

/**
 * Sets the value at a key path, changing only what differs: a scalar keeps its node (and its
 * comments), a map or list is updated entry by entry, and a new key is added at the end of its
 * map. `undefined` removes the key.
 */
export function applyValue(doc: Document, path: Path, value: unknown): void {
  if (value === undefined) {
    if (doc.hasIn(path)) {
      doc.deleteIn(path);
      liftCommentOfEmptied(doc, path.slice(0, -1));
    }
    return;
  }
  const node = doc.getIn(path, true) as Node | undefined;
  if (isTable(value) && isMap(node)) {
    for (const item of [...node.items]) {
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
      if (!Object.hasOwn(value, key)) node.delete(item.key);
    }
    liftCommentOfEmptied(doc, path);
    for (const [key, child] of Object.entries(value)) applyValue(doc, [...path, key], child);
    return;
  }
  if (Array.isArray(value) && isSeq(node)) {
    while (node.items.length > value.length) node.items.pop();
    value.forEach((child, index) => {
      if (index < node.items.length) applyValue(doc, [...path, index], child);
      else node.add(doc.createNode(child));
    });
    return;
  }
  if (isScalar(node) && !isTable(value) && !Array.isArray(value)) {
    if (node.value !== value) {
      node.value = value;
      // A scalar written in another style (a block of text, a quoted number) is rewritten plain.
      node.type = undefined;
    }
    return;
  }
  if (path.length === 0) {
    doc.contents = doc.createNode(value) as never;
    return;
  }
  ensureParents(doc, path);
  doc.setIn(path, doc.createNode(value));
}

/**
 * A collection left empty that holds a comment (one that stood below its last item) is printed
 * over two lines, `key:` and then `{}`, which a later write would join: its comment goes up to
 * the nearest collection above that has items, so that it prints `key: {}`. Where the comment
 * line stands in the text is kept-comments' business (keep-comments.ts): this keeps it in the
 * document for a text that cannot be matched.
 */
function liftCommentOfEmptied(doc: Document, path: Path): void {
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  if (!isCollection(node) || node.items.length || !node.comment) return;
  const comment = node.comment;
  node.comment = undefined;
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const above = depth ? doc.getIn(path.slice(0, depth), true) : doc.contents;
    if (isCollection(above) && above.items.length) {
      above.comment = above.comment ? `${above.comment}\n${comment}` : comment;
      return;
    }
  }
  doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
}

/** Makes the maps above a path exist, so that setIn can add a key deep in a new branch. */
function ensureParents(doc: Document, path: Path): void {
  for (let depth = 1; depth < path.length; depth++) {
    const parentPath = path.slice(0, depth);
    const node = doc.getIn(parentPath, true);
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) doc.setIn(parentPath, doc.createNode({}));
  }
}

/** The text of a Document after edits, written as Kubernetes and Helm read it (other documents of its file kept). */
export function valuesDocumentText(doc: Document): string {
  const written = documentToString(doc, { indentSeq: !listsAtKey.has(doc) });
  const text = written === "null\n" ? "" : written;
  const parts = otherParts.get(doc);
  return parts ? `${parts.before}${text}${parts.after}` : text;
}
