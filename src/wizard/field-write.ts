// A form field's write into the user's values.yaml text. The form reads the defaults merged with
// the user's values, so a field hands back whole values (a probe with its default timings, a list
// of rows). Written as they are, they would fill the user's file with defaults; here only what
// differs reaches the text, through the yaml Document API, so comments and order survive:
// - a value equal to the chart's default, for a key the text does not have, adds nothing;
// - a table is written key by key, and a default key the new table lacks becomes null (Helm's way
//   to remove a default), as minimalValues would write it;
// - undefined clears a key: null where the chart has a default, else the key is removed.
import { isCollection, isMap, isScalar, type Document, type Scalar } from "yaml";
import { keepCommentLines } from "../document/keep-comments";
import { spliceScalar } from "../document/scalar-splice";
import { applyValue, forgetParsedText, parseValuesText, parseValuesTextToEdit, rememberParsedText, valuesDocumentText } from "../document/values-document";
import { defaultValues } from "../values/defaults";
import { deepEqual, getIn, isTable, type Table } from "../values/tree";

export type FieldPath = (string | number)[];

/** "engine.env[0].name" → ["engine", "env", 0, "name"]. */
export function fieldPath(path: string): FieldPath {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((key) => key !== "")
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** What clearing a values path writes: null where the chart has a default, else nothing. */
export function clearedValue(path: string): null | undefined {
  return getIn(defaultValues(), fieldPath(path)) === undefined ? undefined : null;
}

/**
 * The text with one field's value written; the same string when nothing changes. Throws when the
 * text does not parse (the form is read-only then) or the path runs through a scalar or a list
 * the text holds where the chart has a table.
 */
export function writeFieldValue(text: string, path: string, value: unknown): string {
  return writeField(text, path, value).text;
}

/**
 * The document writeField last wrote, with the text it printed and the values it holds: the next
 * write to that text (a user typing in a field) edits it again instead of parsing the text.
 */
let lastWritten: { ok: true; text: string; doc: Document; values: Table; rangesValid: boolean; notes: string[]; documents: number } | undefined;

/**
 * writeFieldValue, with the values the new text holds: the edits made to the document, made to
 * the values too (the text is not parsed again, nor the whole document read).
 */
export function writeField(text: string, path: string, value: unknown): { text: string; values: Table } {
  const reused = lastWritten?.text === text;
  const parsed = reused && lastWritten ? lastWritten : parseValuesTextToEdit(text);
  // The document is about to change: the cache must not hand it out as the old text's.
  if (reused) forgetParsedText(text);
  // An edit that throws halfway leaves a document that no text matches.
  lastWritten = undefined;
  if (!parsed.ok) throw new Error(`values.yaml has an error (${parsed.message}); fix it before the form can change it`);
  const keys = fieldPath(path);
  const next = value === undefined ? clearedValue(path) : value;
  const { doc } = parsed;
  let changed = false;
  let values = parsed.values;
  /** Edits made, and the scalar node the last one changed in place (with its value before). */
  let edits = 0;
  let scalar: { node: Scalar; before: unknown; parent: unknown } | undefined;
  const apply = (at: FieldPath, written: unknown) => {
    if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
    const parent = at.length > 1 ? getIn(values, at.slice(0, -1)) : values;
    if (parent !== undefined && parent !== null && typeof parent !== "object") {
      throw new Error(`${at.slice(0, -1).join(".")} in values.yaml is ${JSON.stringify(parent)}, not a mapping; change it there first`);
    }
    // An empty `{}` or `[]` that gets its first entry is written as a block, as the rest of the file.
    const parentNode = at.length > 1 ? doc.getIn(at.slice(0, -1), true) : undefined;
    if (isCollection(parentNode) && parentNode.flow && parentNode.items.length === 0) parentNode.flow = false;
    const target = doc.getIn(at, true);
    const inPlace = isScalar(target) && written !== undefined && (written === null || typeof written !== "object");
    scalar = inPlace ? { node: target, before: target.value, parent: at.length > 1 ? parentNode : doc.contents } : undefined;
    edits++;
    applyValue(doc, at, written);
    values = withValueAt(values, at, written) as Table;
    changed = true;
  };
  write(keys, next, getIn(defaultValues(), keys), getIn(parsed.values, keys), apply);
  // One scalar changed in place (a user typing in a field): its new text where its old one stood.
  // Anything else prints the whole document, whose ranges then no longer match its text.
  const rangesValid = "rangesValid" in parsed ? parsed.rangesValid === true : true;
  const spliced = changed && edits === 1 && scalar && rangesValid ? spliceScalar(doc, text, scalar.node, scalar.before, scalar.parent) : undefined;
  const written = {
    ok: true as const,
    text: spliced ?? (changed ? printedKeepingComments(text, valuesDocumentText(doc), values) : text),
    doc,
    values,
    rangesValid: !changed || spliced !== undefined ? rangesValid : false,
    notes: parsed.notes,
    documents: parsed.documents,
  };
  lastWritten = written;
  // A scalar changed in place, in a file of one document: the document, its ranges and the values
  // are what parsing the new text would give, so a reading of it in this thread need not parse it.
  if (spliced !== undefined && written.rangesValid && parsed.documents === 1) {
    // Taken over by a reading of a text typed elsewhere (the editor), the document is no longer this write's.
    rememberParsedText(written.text, { ok: true, doc, values, notes: parsed.notes, documents: parsed.documents }, () => {
      if (lastWritten === written) lastWritten = undefined;
    });
  }
  return { text: written.text, values };
}

/**
 * The printed document with the user's comment and blank lines where they stood (keep-comments.ts),
 * when that text reads back as the values written; else the printed text as it is.
 */
function printedKeepingComments(old: string, printed: string, values: Table): string {
  const kept = keepCommentLines(old, printed);
  if (kept === undefined || kept === printed) return printed;
  const reread = parseValuesText(kept);
  return reread.ok && deepEqual(reread.values, values) ? kept : printed;
}

/**
 * A copy of the values with one value written as applyValue writes it into the document: maps
 * made where the path has none, undefined removing the key (or the list item). The values given
 * are not changed: they may be a cached reading's.
 */
function withValueAt(values: unknown, path: FieldPath, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(values) && typeof key === "number") {
    const list = [...values];
    if (!rest.length && value === undefined) list.splice(key, 1);
    else list[key] = withValueAt(list[key], rest, value);
    return list;
  }
  const table: Table = isTable(values) ? { ...values } : {};
  if (!rest.length && value === undefined) delete table[String(key)];
  else table[String(key)] = withValueAt(isTable(table[String(key)]) || Array.isArray(table[String(key)]) ? table[String(key)] : undefined, rest, value);
  return table;
}

function write(path: FieldPath, value: unknown, fallback: unknown, current: unknown, apply: (path: FieldPath, value: unknown) => void): void {
  if (value === undefined) {
    if (current !== undefined) apply(path, undefined);
    return;
  }
  if (isTable(value) && isTable(fallback)) {
    // A null (the default removed) or a scalar gives way to a table, which merges over the default again.
    if (current !== undefined && !isTable(current)) apply(path, {});
    const mine: Table = isTable(current) ? current : {};
    for (const [key, child] of Object.entries(value)) write([...path, key], child, fallback[key], mine[key], apply);
    for (const key of Object.keys(mine)) {
      if (!Object.hasOwn(value, key)) apply([...path, key], Object.hasOwn(fallback, key) && fallback[key] !== null ? null : undefined);
    }
    for (const [key, fallbackChild] of Object.entries(fallback)) {
      if (!Object.hasOwn(value, key) && !Object.hasOwn(mine, key) && fallbackChild !== null) apply([...path, key], null);
    }
    return;
  }
  if (current === undefined ? deepEqual(value, fallback) : deepEqual(value, current)) return;
  apply(path, value);
}
