// A quoted scalar as go-yaml v2 reads it (scannerc.go, yaml_parser_scan_flow_scalar). Its
// escapes differ from YAML 1.2's: go-yaml knows \' and refuses \/, and it refuses a \u or \U
// escape of a surrogate half ("\ud800", or an emoji written as a pair of escapes), which
// the `yaml` package accepts. And go-yaml lets the lines of a quoted scalar start anywhere,
// where YAML 1.2 wants them indented: `"a` and `b"` on the next line, at its start, is "a b".

const SIMPLE: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "'": "'", "\\": "\\", N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029",
};
const LENGTHS: Record<string, number> = { x: 2, u: 4, U: 8 };

export type QuotedReading = { ok: true; value: string } | { ok: false; message: string; offset: number };

const isBlank = (char: string | undefined) => char === " " || char === "\t";
const isBreak = (char: string | undefined) => char === "\n" || char === "\r";

/** Whether a quoted scalar's source needs go-yaml's own reading: an escape or a line break. */
export function needsGoReading(source: string): boolean {
  return /[\\\n\r]/.test(source);
}

/** Reads `"..."` or `'...'` (the scalar's source, quotes included) as go-yaml does. */
export function readQuoted(source: string): QuotedReading {
  const single = source.startsWith("'");
  let value = "";
  let at = 1;
  const end = source.length - 1;
  while (at < end) {
    // Non-blank characters and escapes.
    let leadingBlanks = false;
    while (at < end && !isBlank(source[at]) && !isBreak(source[at])) {
      const char = source[at] as string;
      if (single && char === "'") {
        // Only '' can stand inside: an escaped quote.
        value += "'";
        at += 2;
        continue;
      }
      if (single || char !== "\\") {
        const code = source.codePointAt(at) ?? 0;
        value += String.fromCodePoint(code);
        at += code > 0xffff ? 2 : 1;
        continue;
      }
      const next = source[at + 1];
      if (isBreak(next)) {
        // An escaped line break: the break and the next line's indentation disappear.
        at += source.startsWith("\r\n", at + 1) ? 3 : 2;
        leadingBlanks = true;
        break;
      }
      const simple = next === undefined ? undefined : SIMPLE[next];
      if (simple !== undefined) {
        value += simple;
        at += 2;
        continue;
      }
      const length = next === undefined ? undefined : LENGTHS[next];
      if (length === undefined) return { ok: false, message: "found unknown escape character (go-yaml, which Helm uses, knows no \\" + (next ?? "") + ")", offset: at };
      const hex = source.slice(at + 2, at + 2 + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) return { ok: false, message: "did not find expected hexdecimal number", offset: at };
      const code = parseInt(hex, 16);
      if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
        return { ok: false, message: `found invalid Unicode character escape code \\${next}${hex}: Helm refuses a surrogate half (write the character itself, or \\U and its full code)`, offset: at };
      }
      value += String.fromCodePoint(code);
      at += 2 + length;
    }
    if (at >= end) break;
    // Blanks and line breaks between words, folded as YAML does: one break is a space, more
    // are one "\n" fewer; after an escaped break, each further break is a "\n".
    let whitespace = "";
    let firstBreak = false;
    let breaks = 0;
    while (at < end && (isBlank(source[at]) || isBreak(source[at]))) {
      if (isBlank(source[at])) {
        if (!leadingBlanks) whitespace += source[at];
        at += 1;
        continue;
      }
      at += source.startsWith("\r\n", at) ? 2 : 1;
      if (leadingBlanks) breaks += 1;
      else {
        whitespace = "";
        leadingBlanks = true;
        firstBreak = true;
      }
    }
    if (!leadingBlanks) value += whitespace;
    else if (firstBreak && breaks === 0) value += " ";
    else value += "\n".repeat(breaks);
  }
  return { ok: true, value };
}
