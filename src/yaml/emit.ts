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

/**
 * Written forms of strings seen before: labels and names repeat across every document. Room for
 * a megabyte import's labels (22,751 keys and as many values): with room for 10,000, every
 * manifest wrote them afresh, and a render of that file took four times as long.
 */
const forms = new Map<string, Form>();

function form(value: string): Form {
  let known = forms.get(value);
  if (known === undefined) {
    const style = scalarStyle(value);
    const text = style === "literal" ? "" : writeFlowScalar(value, style, { column: 0, indent: 0, fold: false });
    known = { style, text, foldable: value.includes(" ") };
    if (forms.size > 100_000) forms.clear();
    forms.set(value, known);
  }
  return known;
}

/**
 * A string as a value, after the line's first `column` characters; continuation lines at `indent`
 * (+2, as go-yaml). The callers know the column: a key or a dash starts at its block's indent (a
 * block that starts on a "- " line starts where that line's item does). Reading it from the text
 * written so far made V8 copy the whole growing text into one flat string at every long value.
 */
function stringValue(value: string, indent: string, column: number): string {
  const known = form(value);
  if (known.style === "literal") return writeLiteral(value, indent.length + 2);
  if (!known.foldable) return known.text;
  const start = column + 1;
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

/** The text being written: a string grows faster than an array of pieces joined at the end. */
interface Output {
  text: string;
}

/** The rest of a line after "key:" or "-" (which end at `column`): a scalar, or a newline and the nested block. */
function emitValue(value: unknown, indent: string, out: Output, column: number): void {
  if (Array.isArray(value)) {
    if (!value.length) out.text += " []\n";
    else {
      out.text += "\n";
      emitList(value, `${indent}  `, `${indent}  `, out);
    }
  } else if (isMapping(value)) {
    if (isEmpty(value)) out.text += " {}\n";
    else {
      out.text += "\n";
      emitMap(value, `${indent}  `, `${indent}  `, out);
    }
  } else if (typeof value === "string") {
    const text = stringValue(value, indent, column);
    // A block ends with its own line break when the string does (go-yaml starts no empty line).
    out.text += text.endsWith("\n") ? ` ${text}` : ` ${text}\n`;
  } else {
    out.text += ` ${scalar(value)}\n`;
  }
}

/** After ": " of a long or multi-line key: a scalar, or a block that starts on the same line. */
function emitExplicitValue(value: unknown, indent: string, out: Output): void {
  if ((isMapping(value) || Array.isArray(value)) && !isEmpty(value)) {
    out.text += `${indent}: `;
    if (Array.isArray(value)) emitList(value, `${indent}  `, "", out);
    else emitMap(value, `${indent}  `, "", out);
  } else {
    out.text += `${indent}:`;
    emitValue(value, indent, out, indent.length + 1);
  }
}

/** A map's entries at `indent`; the first one after `first` (the rest of a "- " line, or indent). */
function emitMap(map: Record<string, unknown>, indent: string, first: string, out: Output): void {
  let prefix = first;
  for (const name in map) {
    if (isComplexKey(name)) {
      // go-yaml writes a key of over 128 bytes, or with a line break, as "? key" and ": value".
      out.text += `${prefix}?`;
      emitValue(name, indent, out, indent.length + 1);
      emitExplicitValue(map[name], indent, out);
    } else {
      const written = key(name);
      out.text += `${prefix}${written}:`;
      // Its length is its width: go-yaml writes a character outside the BMP escaped.
      emitValue(map[name], indent, out, indent.length + written.length + 1);
    }
    prefix = indent;
  }
}

/** A list's items at `indent`; a map or list item starts on the dash's line. */
function emitList(list: unknown[], indent: string, first: string, out: Output): void {
  let prefix = first;
  for (const item of list) {
    if ((isMapping(item) || Array.isArray(item)) && !isEmpty(item)) {
      out.text += `${prefix}- `;
      if (Array.isArray(item)) emitList(item, `${indent}  `, "", out);
      else emitMap(item, `${indent}  `, "", out);
    } else {
      out.text += `${prefix}-`;
      emitValue(item, indent, out, indent.length + 1);
    }
    prefix = indent;
  }
}

/** YAML text of plain data, reading back through go-yaml as the same data. */
export function emitYaml(value: unknown): string {
  const out: Output = { text: "" };
  if (isMapping(value) && !isEmpty(value)) emitMap(value, "", "", out);
  else if (Array.isArray(value) && value.length) emitList(value, "", "", out);
  else {
    emitValue(value, "", out, 0);
    return out.text.slice(1);
  }
  return out.text;
}
