// How go-yaml v2 writes a string (encode.go stringv, emitterc.go analyze_scalar,
// select_scalar_style and the write_*_scalar functions), which Helm's toYaml uses through
// sigs.k8s.io/yaml: plain where it reads back as the same string, else single-quoted, else
// double-quoted with go-yaml's escapes; a literal block for text with "\n"; long lines folded
// at a space past column 80. One deliberate difference: go-yaml writes U+2028 and U+2029 raw
// (inside single quotes or a block), which YAML 1.2 readers and editors take as line breaks;
// here they always go double-quoted, as \L and \P, which every reader reads back the same.
import { isGoTimestamp } from "./go-time";
import { goNumber } from "./go-yaml-schema";

export type ScalarStyle = "plain" | "single" | "double" | "literal";

/** go-yaml's preferred line width: a space past this column starts a new line. */
const BEST_WIDTH = 80;

/** Plain scalars go-yaml resolves to null, a boolean, a float or a merge key (resolve.go). */
const RESOLVE_MAP = new Set([
  "", "~", "null", "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
  "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
]);
/** First characters for which go-yaml looks further (resolveTable); "<<" starts with none of them. */
const HINTED = /^[-+0-9yYnNtTfFoO~.]/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** Whether go-yaml reads the string, written plain, back as the same string (encode.go stringv). */
export function resolvesToString(text: string): boolean {
  if (text === "") return false;
  if (!HINTED.test(text)) return true;
  if (RESOLVE_MAP.has(text)) return false;
  const first = text[0] as string;
  if (/[yYnNtTfFoO~]/.test(first)) return true;
  if (first !== "." && isGoTimestamp(text)) return false;
  if (typeof goNumber(text) === "number") return false;
  return !(/^[-+0-9]/.test(text) && text.includes(":") && BASE60_FLOAT.test(text));
}

function isPrintable(code: number): boolean {
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff);
}
const isBreak = (char: string | undefined) => char === "\n" || char === "\r" || char === "\u0085" || char === "\u2028" || char === "\u2029";
const isBlank = (char: string | undefined) => char === " " || char === "\t";

interface Analysis {
  multiline: boolean;
  plainAllowed: boolean;
  singleAllowed: boolean;
  blockAllowed: boolean;
}

/** emitterc.go's yaml_emitter_analyze_scalar, for block context. */
function analyze(text: string): Analysis {
  const chars = Array.from(text);
  let indicators = text.startsWith("---") || text.startsWith("...");
  let lineBreaks = false, special = false, leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
  let breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false, precededByWhitespace = true;
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || isBlank(next);
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(char)) indicators = true;
      else if ((char === "?" || char === ":" || char === "-") && followedByWhitespace) indicators = true;
    } else if ((char === ":" && followedByWhitespace) || (char === "#" && precededByWhitespace)) indicators = true;
    const code = char.codePointAt(0) ?? 0;
    if (!isPrintable(code)) special = true;
    const last = i === chars.length - 1;
    if (char === " ") {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(char)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(char) || isBreak(char) || char === "\0";
  });
  const edges = leadingSpace || leadingBreak || trailingSpace || trailingBreak;
  return {
    multiline: lineBreaks,
    plainAllowed: !(edges || breakSpace || spaceBreak || special || lineBreaks || indicators),
    singleAllowed: !(breakSpace || spaceBreak || special),
    blockAllowed: !(trailingSpace || spaceBreak || special),
  };
}

/**
 * The style go-yaml picks for a string: as a map value or list item, or as a simple key (one
 * line, at most 128 bytes; longer or multi-line keys are written after "? ", as values are).
 */
export function scalarStyle(text: string, simpleKey = false): ScalarStyle {
  const analysis = analyze(text);
  let style: ScalarStyle = text.includes("\n") ? "literal" : resolvesToString(text) ? "plain" : "double";
  if (simpleKey && analysis.multiline) style = "double";
  if (style === "plain" && !analysis.plainAllowed) style = "single";
  if (style === "single" && !analysis.singleAllowed) style = "double";
  if (style === "literal" && (!analysis.blockAllowed || simpleKey)) style = "double";
  if (style !== "double" && /[\u2028\u2029]/.test(text)) style = "double";
  return style;
}

/** Whether go-yaml writes this key after "? " (emitterc.go check_simple_key). */
export function isComplexKey(text: string): boolean {
  return /[\n\r\u0085\u2028\u2029]/.test(text) || utf8LongerThan(text, 128);
}

/**
 * Whether a string takes more than `limit` bytes in UTF-8, without encoding it: the emitter asks
 * of every key it writes, and a TextEncoder copy per key was most of a render's time. A UTF-16
 * unit takes one to three bytes (a surrogate pair, two units, four), so the length alone decides
 * for most keys.
 */
export function utf8LongerThan(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    if (pair) index++;
    bytes += pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes > limit;
}

const ESCAPES: Record<number, string> = {
  0x00: "0", 0x07: "a", 0x08: "b", 0x09: "t", 0x0a: "n", 0x0b: "v", 0x0c: "f", 0x0d: "r", 0x1b: "e",
  0x22: '"', 0x5c: "\\", 0x85: "N", 0xa0: "_", 0x2028: "L", 0x2029: "P",
};

function escape(code: number): string {
  const known = ESCAPES[code];
  if (known) return `\\${known}`;
  const hex = code.toString(16).toUpperCase();
  if (code <= 0xff) return `\\x${hex.padStart(2, "0")}`;
  return code <= 0xffff ? `\\u${hex.padStart(4, "0")}` : `\\U${hex.padStart(8, "0")}`;
}

/** A scalar's text as go-yaml writes it, starting at `column`; continuation lines at `indent`. */
export interface ScalarPlace {
  column: number;
  indent: number;
  /** Fold long lines (not in a simple key). */
  fold: boolean;
}

/**
 * Writes plain, single- or double-quoted text. A space past column 80 with no space before or
 * after it becomes a line break and indentation; in double quotes, a following space is
 * escaped so that it survives the fold.
 */
export function writeFlowScalar(text: string, style: "plain" | "single" | "double", place: ScalarPlace): string {
  const chars = Array.from(text);
  const quote = style === "single" ? "'" : style === "double" ? '"' : "";
  const escapeAll = style === "double" && text.startsWith("\ufeff"); // go-yaml's is_bom looks at the first character only
  let out = quote;
  let column = place.column + quote.length;
  let spaces = false;
  const newLine = () => {
    out += `\n${" ".repeat(place.indent)}`;
    column = place.indent;
  };
  chars.forEach((char, i) => {
    const code = char.codePointAt(0) ?? 0;
    if (style === "double" && (escapeAll || !isPrintable(code) || isBreak(char) || char === '"' || char === "\\")) {
      const escaped = escape(code);
      out += escaped;
      column += escaped.length;
      spaces = false;
      return;
    }
    if (char === " ") {
      const inside = style === "plain" || (i > 0 && i < chars.length - 1);
      const nextIsSpace = chars[i + 1] === " ";
      if (place.fold && !spaces && column > BEST_WIDTH && inside && (style === "double" || !nextIsSpace)) {
        newLine();
        if (style === "double" && nextIsSpace) {
          out += "\\";
          column += 1;
        }
      } else {
        out += " ";
        column += 1;
      }
      spaces = true;
      return;
    }
    if (style === "single" && char === "'") {
      out += "'";
      column += 1;
    }
    out += char;
    column += 1;
    spaces = false;
  });
  return out + quote;
}

/**
 * A literal block (`|`): an indentation indicator when the text starts with a space or a line
 * break, a chomping indicator for its trailing line breaks, and each line at `indent`.
 */
export function writeLiteral(text: string, indent: number): string {
  const chars = Array.from(text);
  const indicator = chars[0] === " " || isBreak(chars[0]) ? "2" : "";
  const last = chars.length - 1;
  const chomping = !isBreak(chars[last]) ? "-" : last === 0 || isBreak(chars[last - 1]) ? "+" : "";
  let out = `|${indicator}${chomping}\n`;
  let breaks = true;
  for (const char of chars) {
    if (isBreak(char)) {
      out += char;
      breaks = true;
    } else {
      if (breaks) out += " ".repeat(indent);
      out += char;
      breaks = false;
    }
  }
  return out;
}
