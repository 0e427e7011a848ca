// go-yaml v2's timestamp rule (resolve.go, parseTimestamp): a plain scalar that starts with four
// digits and '-' is a timestamp when Go's time.Parse accepts it with one of four layouts. Helm
// reads such values back as their text (go-yaml keeps timestamps as strings in interface{}), so
// this only decides what the writer must quote: `2001-12-14` yes, `2001-13-14` no.

type Cursor = { text: string; at: number };

/** Go's getnum: one digit, or two when the second is a digit too (always two when `fixed`). */
function number(cursor: Cursor, fixed = false): number | undefined {
  const { text, at } = cursor;
  if (!isDigit(text, at)) return undefined;
  if (!isDigit(text, at + 1)) {
    if (fixed) return undefined;
    cursor.at += 1;
    return Number(text[at]);
  }
  cursor.at += 2;
  return Number(text.slice(at, at + 2));
}

function isDigit(text: string, at: number): boolean {
  const char = text.charCodeAt(at);
  return char >= 48 && char <= 57;
}

function literal(cursor: Cursor, expected: string): boolean {
  if (expected === " ") {
    // Go's time.Parse lets one space in a layout match a run of spaces.
    if (cursor.text[cursor.at] !== " ") return false;
    while (cursor.text[cursor.at] === " ") cursor.at++;
    return true;
  }
  if (!cursor.text.startsWith(expected, cursor.at)) return false;
  cursor.at += expected.length;
  return true;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "2006-1-2", then for the longer layouts the time of day, an optional fraction and the zone. */
function parses(text: string, separator: "T" | "t" | " " | undefined): boolean {
  const cursor: Cursor = { text, at: 4 };
  const year = Number(text.slice(0, 4));
  if (!literal(cursor, "-")) return false;
  const month = number(cursor);
  if (month === undefined || month < 1 || month > 12 || !literal(cursor, "-")) return false;
  const day = number(cursor);
  if (day === undefined || day < 1 || day > daysIn(month, year)) return false;
  if (separator === undefined) return cursor.at === text.length;
  if (!literal(cursor, separator)) return false;
  const hour = number(cursor);
  if (hour === undefined || hour > 23 || !literal(cursor, ":")) return false;
  const minute = number(cursor);
  if (minute === undefined || minute > 59 || !literal(cursor, ":")) return false;
  const second = number(cursor);
  if (second === undefined || second > 59) return false;
  // A fraction of a second: a '.' or ',' and any number of digits.
  if ((text[cursor.at] === "." || text[cursor.at] === ",") && isDigit(text, cursor.at + 1)) {
    cursor.at += 1;
    while (isDigit(text, cursor.at)) cursor.at++;
  }
  if (separator !== " " && !zone(cursor)) return false;
  return cursor.at === text.length;
}

/** Go's "Z07:00": Z, or a sign, two-digit hours up to 24, ':' and two-digit minutes up to 60. */
function zone(cursor: Cursor): boolean {
  const { text } = cursor;
  if (text[cursor.at] === "Z") {
    cursor.at += 1;
    return true;
  }
  const rest = text.slice(cursor.at, cursor.at + 6);
  const match = /^[-+]([0-9]{2}):([0-9]{2})$/.exec(rest);
  if (!match || Number(match[1]) > 24 || Number(match[2]) > 60) return false;
  cursor.at += 6;
  return true;
}

/** Whether go-yaml v2 reads this plain scalar as a timestamp. */
export function isGoTimestamp(text: string): boolean {
  if (!/^[0-9]{4}-/.test(text)) return false;
  return parses(text, "T") || parses(text, "t") || parses(text, " ") || parses(text, undefined);
}
