// A small, fast YAML writer for plain data (maps, lists, strings, numbers, booleans, null), used
// for the manifests and values the core prints on every keystroke. Written by hand because the
// `yaml` package builds a whole Document first, which was over half of a render's time. Strings
// are written as go-yaml v2 writes them (src/yaml/go-scalar.ts), so that a value reads the same
// here as in Helm's toYaml; the layout (key order, lists indented under their key) is ours.
import { isComplexKey, scalarStyle, writeFlowScalar, writeLiteral, type ScalarStyle } from "./go-scalar";

interface Form {
  style: ScalarStyle;
  /** The one-line written form (plain or quoted), before any folding. */
  text: string;
  /** Whether a long line could fold at one of its spaces. */
  foldable: boolean;
}

/** Written forms of strings seen before: labels and names repeat across every document. */
const forms = new Map<string, Form>();

function form(value: string): Form {
  let known = forms.get(value);
  if (known === undefined) {
    const style = scalarStyle(value);
    const text = style === "literal" ? "" : writeFlowScalar(value, style, { column: 0, indent: 0, fold: false });
    known = { style, text, foldable: value.includes(" ") };
    if (forms.size > 10_000) forms.clear();
    forms.set(value, known);
  }
  return known;
}

/** The column where the text's last line ends, in characters as go-yaml counts them. */
function column(out: Output): number {
  const line = out.line;
  return /[\ud800-\udfff]/.test(line) ? Array.from(line).length : line.length;
}

/** A string as a value: at the current column, continuation lines at `indent` (+2, as go-yaml). */
function stringValue(value: string, indent: string, out: Output): string {
  const known = form(value);
  if (known.style === "literal") return writeLiteral(value, indent.length + 2);
  if (!known.foldable) return known.text;
  const start = column(out) + 1;
  if (start + known.text.length <= 81) return known.text;
  return writeFlowScalar(value, known.style as Exclude<ScalarStyle, "literal">, { column: start, indent: indent.length + 2, fold: true });
}

/** A simple key: go-yaml writes `<<` plain, which reads back as a merge key, so it is quoted. */
function key(text: string): string {
  return text === "<<" ? '"<<"' : form(text).text;
}

function scalar(value: unknown): string {
  if (typeof value === "string") return form(value).text;
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return String(value);
  }
  return scalar(String(value));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  for (const _ in value as object) return false;
  return true;
}

/**
 * The text being written (a string grows faster than an array of pieces joined at the end), and
 * its last line: reading the text itself (lastIndexOf) would make V8 copy the whole text written so
 * far into one flat string, at every long string value (~6 ms of a 100 KB file's manifests).
 */
interface Output {
  text: string;
  line: string;
}

function write(out: Output, piece: string): void {
  out.text += piece;
  const lineBreak = piece.lastIndexOf("\n");
  out.line = lineBreak < 0 ? out.line + piece : piece.slice(lineBreak + 1);
}

/** The rest of a line after "key:" or "-": a scalar, or a newline and the nested block. */
function emitValue(value: unknown, indent: string, out: Output): void {
  if (Array.isArray(value)) {
    if (!value.length) write(out, " []\n");
    else {
      write(out, "\n");
      emitList(value, `${indent}  `, `${indent}  `, out);
    }
  } else if (isMapping(value)) {
    if (isEmpty(value)) write(out, " {}\n");
    else {
      write(out, "\n");
      emitMap(value, `${indent}  `, `${indent}  `, out);
    }
  } else if (typeof value === "string") {
    const text = stringValue(value, indent, out);
    // A block ends with its own line break when the string does (go-yaml starts no empty line).
    write(out, text.endsWith("\n") ? ` ${text}` : ` ${text}\n`);
  } else {
    write(out, ` ${scalar(value)}\n`);
  }
}

/** After ": " of a long or multi-line key: a scalar, or a block that starts on the same line. */
function emitExplicitValue(value: unknown, indent: string, out: Output): void {
  if ((isMapping(value) || Array.isArray(value)) && !isEmpty(value)) {
    write(out, `${indent}: `);
    if (Array.isArray(value)) emitList(value, `${indent}  `, "", out);
    else emitMap(value, `${indent}  `, "", out);
  } else {
    write(out, `${indent}:`);
    emitValue(value, indent, out);
  }
}

/** A map's entries at `indent`; the first one after `first` (the rest of a "- " line, or indent). */
function emitMap(map: Record<string, unknown>, indent: string, first: string, out: Output): void {
  let prefix = first;
  for (const name in map) {
    if (isComplexKey(name)) {
      // go-yaml writes a key of over 128 bytes, or with a line break, as "? key" and ": value".
      write(out, `${prefix}?`);
      emitValue(name, indent, out);
      emitExplicitValue(map[name], indent, out);
    } else {
      write(out, `${prefix}${key(name)}:`);
      emitValue(map[name], indent, out);
    }
    prefix = indent;
  }
}

/** A list's items at `indent`; a map or list item starts on the dash's line. */
function emitList(list: unknown[], indent: string, first: string, out: Output): void {
  let prefix = first;
  for (const item of list) {
    if ((isMapping(item) || Array.isArray(item)) && !isEmpty(item)) {
      write(out, `${prefix}- `);
      if (Array.isArray(item)) emitList(item, `${indent}  `, "", out);
      else emitMap(item, `${indent}  `, "", out);
    } else {
      write(out, `${prefix}-`);
      emitValue(item, indent, out);
    }
    prefix = indent;
  }
}

/** YAML text of plain data, reading back through go-yaml as the same data. */
export function emitYaml(value: unknown): string {
  const out: Output = { text: "", line: "" };
  if (isMapping(value) && !isEmpty(value)) emitMap(value, "", "", out);
  else if (Array.isArray(value) && value.length) emitList(value, "", "", out);
  else {
    emitValue(value, "", out);
    return out.text.slice(1);
  }
  return out.text;
}
