// Strings drawn from a grammar of what YAML 1.1 (go-yaml v2) reads as something other than a
// string, and of near misses: numbers in every base and notation, base-60 numbers, dates and
// times, the 1.1 words, indicators, spaces and line breaks. The writer must quote exactly those
// that go-yaml would misread, as Helm's toYaml does; the parity test draws values from it too.
import fc from "fast-check";

const digits = fc.stringMatching(/^[0-9]{1,4}$/);
const sign = fc.constantFrom("", "", "+", "-");
const words = fc.constantFrom(
  "y", "Y", "yes", "Yes", "YES", "yEs", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "true", "True", "TRUE", "false", "FALSE",
  "~", "null", "Null", "NULL", "nULL", "", ".inf", ".Inf", ".INF", "+.inf", "-.Inf", ".nan", ".NaN", ".NAN", ".iNf", "inf", "nan", "Infinity", "<<", "=",
);
const prefixed = fc.tuple(sign, fc.constantFrom("0x", "0X", "0o", "0O", "0b", "0B", "0"), fc.stringMatching(/^[0-9a-fA-F_]{0,5}$/)).map((parts) => parts.join(""));
const decimal = fc
  .tuple(sign, fc.oneof(digits, fc.constant("")), fc.constantFrom("", ".", "._"), fc.oneof(digits, fc.constant("")), fc.constantFrom("", "e", "E", "e+", "e-", "E-"), fc.oneof(digits, fc.constant("")))
  .map((parts) => parts.join(""));
const underscored = fc.array(fc.oneof(digits, fc.constant("_")), { minLength: 1, maxLength: 4 }).chain((parts) => sign.map((s) => s + parts.join("")));
const sexagesimal = fc
  .tuple(sign, digits, fc.array(fc.tuple(fc.constant(":"), fc.stringMatching(/^[0-9]{1,2}$/)), { minLength: 1, maxLength: 3 }), fc.constantFrom("", ".", ".5", ".5_0", ":", "_"))
  .map(([s, head, tail, end]) => s + head + tail.map((p) => p.join("")).join("") + end);
const two = fc.stringMatching(/^[0-9]{1,2}$/);
const date = fc.tuple(fc.stringMatching(/^[0-9]{4}$/), fc.constant("-"), two, fc.constantFrom("-", "-", "/"), two).map((parts) => parts.join(""));
const time = fc
  .tuple(fc.constantFrom("T", "t", " ", "  ", "x"), two, fc.constant(":"), two, fc.constant(":"), two, fc.constantFrom("", ".1", ".123456789012", ",5", "."), fc.constantFrom("", "Z", "z", "+05:00", "-00:00", "+25:00", "+0500", " -5"))
  .map((parts) => parts.join(""));
const timestamp = fc.tuple(date, fc.oneof(fc.constant(""), time)).map(([d, t]) => d + t);
const indicator = fc.constantFrom("-", "?", ":", "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`", "---", "...", "\\");
const space = fc.constantFrom(" ", "  ", "\t", "\n", "\n\n", "\r\n", " \n", "\n ", "\u00a0");
const other = fc.constantFrom("a", "key", "é", "😀", "\u0007", "\u001b", "\u00e9t\u00e9", "\ufeff", "x y");

/** A token of the grammar; a string is one to four of them in a row. */
const token = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 4, arbitrary: decimal },
  { weight: 2, arbitrary: prefixed },
  { weight: 2, arbitrary: underscored },
  { weight: 3, arbitrary: sexagesimal },
  { weight: 3, arbitrary: timestamp },
  { weight: 2, arbitrary: indicator },
  { weight: 2, arbitrary: space },
  { weight: 1, arbitrary: other },
);

/** One string of the grammar: mostly a single token (the traps), sometimes several. */
export const yaml11String = fc.oneof(
  { weight: 3, arbitrary: token },
  { weight: 2, arbitrary: fc.array(token, { minLength: 2, maxLength: 4 }).map((parts) => parts.join("")) },
);

/** Long text with spaces, to reach go-yaml's folding at column 80. */
export const longText = fc
  .array(fc.oneof(fc.stringMatching(/^[a-z]{1,12}$/), token), { minLength: 8, maxLength: 30 })
  .chain((parts) => fc.array(fc.constantFrom(" ", " ", " ", "  ", "'", "\t"), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((part, i) => part + gaps[i]).join("")));
