// A small, fast YAML writer for plain data (maps, lists, strings, numbers, booleans, null), used
// for the manifests and values the core prints on every keystroke. Written by hand because the
// `yaml` package builds a whole Document first, which was over half of a render's time; this
// writer's output is held to read back, through go-yaml's rules, as exactly the data it was
// given (src/yaml/emit.test.ts).
import { goNumber } from "./go-yaml-schema";

/* eslint-disable no-control-regex -- finding control characters, to escape them, is the point */

const GO_WORDS = new Set([
  "", "~", "null", "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", "<<",
  "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
]);

/** Characters a plain scalar may not start with. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/** Anything that makes a plain scalar end early, read as something else, or not stay on one line. */
const PLAIN_BREAKERS = /: |:$| #|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]|\s$/u;

/** Whether a string can be written plain and read back by go-yaml as the same string. */
function isPlainSafe(text: string): boolean {
  if (GO_WORDS.has(text)) return false;
  if (INDICATOR_START.test(text) && !/^-[^\s]/.test(text)) return false;
  if (PLAIN_BREAKERS.test(text)) return false;
  if (text.startsWith("---") || text.startsWith("...")) return false;
  if (/^[-+.0-9]/.test(text) && (/^[0-9]{4}-/.test(text) || typeof goNumber(text) === "number")) return false;
  return true;
}

const ESCAPES: Record<string, string> = {
  "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0", "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF",
};

function doubleQuoted(text: string): string {
  // With the u flag, [\ud800-\udfff] matches only a lone surrogate: a pair (an emoji) stays as
  // it is, since go-yaml refuses a surrogate written as an escape.
  return `"${text.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udfff]/gu, (char) => {
    const known = ESCAPES[char];
    if (known) return known;
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  })}"`;
}

/**
 * Multi-line text as a literal block (`|`), as Helm writes engine.toml, when every line reads
 * back unchanged: no control characters, no line of spaces only, no leading space.
 */
function blockLiteral(text: string, indent: string): string | undefined {
  if (!text.includes("\n") || /^[\s]/.test(text) || /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\r\ud800-\udfff]/u.test(text)) {
    return undefined;
  }
  const trailing = /\n*$/.exec(text)?.[0].length ?? 0;
  const body = text.slice(0, text.length - trailing);
  const lines = body.split("\n");
  if (lines.some((line) => /^[ \t]+$/.test(line) || line.startsWith("\t"))) return undefined;
  const chomping = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const content = lines.map((line) => (line ? `${indent}${line}` : "")).join("\n");
  return `|${chomping}\n${content}${"\n".repeat(Math.max(trailing - 1, 0))}`;
}

/** Written forms of strings seen before: labels and names repeat across every document. */
const stringForms = new Map<string, string>();

function scalar(value: unknown): string {
  if (typeof value === "string") {
    let form = stringForms.get(value);
    if (form === undefined) {
      form = isPlainSafe(value) ? value : doubleQuoted(value);
      if (stringForms.size > 10_000) stringForms.clear();
      stringForms.set(value, form);
    }
    return form;
  }
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

/** The rest of a line after "key:" or "-": a scalar, or a newline and the nested block. */
function emitValue(value: unknown, indent: string, out: Output): void {
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
  } else if (typeof value === "string" && value.includes("\n")) {
    out.text += ` ${blockLiteral(value, `${indent}  `) ?? scalar(value)}\n`;
  } else {
    out.text += ` ${scalar(value)}\n`;
  }
}

/** A map's entries at `indent`; the first one after `first` (the rest of a "- " line, or indent). */
function emitMap(map: Record<string, unknown>, indent: string, first: string, out: Output): void {
  let prefix = first;
  for (const key in map) {
    out.text += `${prefix}${scalar(key)}:`;
    emitValue(map[key], indent, out);
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
      emitValue(item, indent, out);
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
    emitValue(value, "", out);
    return out.text.slice(1);
  }
  return out.text;
}
