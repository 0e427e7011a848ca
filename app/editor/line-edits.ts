// The edits that turn one text into another, line by line: a preview applies them to its Monaco
// model instead of setting the whole text, so Monaco re-tokenizes and redraws only the lines that
// changed (a release name that stands on twelve lines is twelve one-line edits, not a new text).
// A line changed into one other line is edited inside the line, its line break untouched: an edit
// over a line break makes Monaco remove and insert a line in its per-line arrays (tokens, view
// lines), which costs as much as the text is long.

/** Replace the text from `start` to `end` (offsets in the old text) with `text`. */
export interface TTextEdit {
  start: number;
  end: number;
  text: string;
}

/** Beyond this many differing lines one edit replaces everything between the common start and end. */
const MAX_DIFFERENCES = 400;

/**
 * The lines of a text, each with its line break (the last one may have none). A loop over
 * indexOf: a split on a look-behind was most of this module's time on a large preview.
 */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const next = end < 0 ? text.length : end + 1;
    lines.push(text.slice(start, next));
    start = next;
  }
  return lines;
}

/** Non-overlapping edits, in order, that turn `before` into `after`; none when they are equal. */
export function lineEdits(before: string, after: string): TTextEdit[] {
  if (before === after) return [];
  const aligned = alignedLineEdits(before, after);
  if (aligned) return aligned;
  const { start, endBefore, endAfter } = changedLines(before, after);
  // Only the lines between the common start and end are split and compared: a keystroke changes a
  // few lines of a preview that may have tens of thousands.
  const a = linesOf(before.slice(start, endBefore));
  const b = linesOf(after.slice(start, endAfter));
  const offsets = [start];
  for (const line of a) offsets.push(offsets[offsets.length - 1]! + line.length);
  const hunks = diffHunks(a, b);
  if (!hunks) return [{ start, end: endBefore, text: b.join("") }];
  return hunks.flatMap((hunk) => {
    const count = hunk.toA - hunk.fromA;
    if (count !== hunk.toB - hunk.fromB) return [{ start: offsets[hunk.fromA]!, end: offsets[hunk.toA]!, text: b.slice(hunk.fromB, hunk.toB).join("") }];
    return Array.from({ length: count }, (_, index) => inLine(offsets[hunk.fromA + index]!, a[hunk.fromA + index]!, b[hunk.fromB + index]!));
  });
}

/**
 * When both have as many lines and few of them differ (a name that stands in every manifest): each
 * line that differs edited into the line at its place, found in one pass over the characters,
 * without splitting the texts into lines. Splitting a preview of 60,000 lines took 20-30 ms, most
 * of a keystroke's edits. Undefined when the line counts differ or more than MAX_LINE_PAIRS lines
 * do (a line may have moved): the shortest edit script is looked for then.
 */
function alignedLineEdits(before: string, after: string): TTextEdit[] | undefined {
  const edits: TTextEdit[] = [];
  let a = 0;
  let b = 0;
  for (;;) {
    const same = sameAhead(before, a, after, b, Math.min(before.length - a, after.length - b));
    a += same;
    b += same;
    if (a === before.length && b === after.length) return edits;
    // One text has a line more than the other.
    if (a === before.length || b === after.length) return undefined;
    // The lines where they differ start as far back in both: the characters since were the same.
    // (lastIndexOf takes a position before 0 as 0.)
    const lineA = a === 0 ? 0 : before.lastIndexOf("\n", a - 1) + 1;
    const lineB = b - (a - lineA);
    const nextA = lineEnd(before, a);
    const nextB = lineEnd(after, b);
    if (edits.push(inLine(lineA, before.slice(lineA, nextA), after.slice(lineB, nextB))) > MAX_LINE_PAIRS) return undefined;
    a = nextA;
    b = nextB;
  }
}

/** Up to this many lines of two texts of as many lines are edited in place; beyond, the shortest edit script is looked for. */
const MAX_LINE_PAIRS = 200;

/** Past the line break of the line `at` is in, or the end. */
function lineEnd(text: string, at: number): number {
  const found = text.indexOf("\n", at);
  return found < 0 ? text.length : found + 1;
}

/**
 * Where the two texts stop being the same, in whole lines: the start of the first line that
 * differs, and in each text the end of the last one (the common end begins at a line's start in
 * both).
 */
function changedLines(before: string, after: string): { start: number; endBefore: number; endAfter: number } {
  const shorter = Math.min(before.length, after.length);
  const same = sameAhead(before, 0, after, 0, shorter);
  const start = same === 0 ? 0 : before.lastIndexOf("\n", same - 1) + 1;
  let end = sameBehind(before, after, shorter - start);
  const lineStart = (text: string, at: number) => at === 0 || text.charCodeAt(at - 1) === 10;
  while (end > 0 && !(lineStart(before, before.length - end) && lineStart(after, after.length - end))) end--;
  return { start, endBefore: before.length - end, endAfter: after.length - end };
}

/**
 * Compared in blocks first, then a character at a time: over 2.7 MB, blocks compared as strings
 * took 3 ms here, a character at a time 7 ms.
 */
const BLOCK = 256;

/** How many characters are the same from `a` in `before` and `b` in `after`, up to `limit`. */
function sameAhead(before: string, a: number, after: string, b: number, limit: number): number {
  let same = 0;
  while (same + BLOCK <= limit && before.substring(a + same, a + same + BLOCK) === after.substring(b + same, b + same + BLOCK)) same += BLOCK;
  while (same < limit && before.charCodeAt(a + same) === after.charCodeAt(b + same)) same++;
  return same;
}

/** How many characters the two texts end with alike, up to `limit`. */
function sameBehind(before: string, after: string, limit: number): number {
  const [endA, endB] = [before.length, after.length];
  let same = 0;
  while (same + BLOCK <= limit && before.substring(endA - same - BLOCK, endA - same) === after.substring(endB - same - BLOCK, endB - same)) same += BLOCK;
  while (same < limit && before.charCodeAt(endA - 1 - same) === after.charCodeAt(endB - 1 - same)) same++;
  return same;
}

/** The edit of one line (starting at `start`) into another: what lies between their common start and end. */
function inLine(start: number, before: string, after: string): TTextEdit {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  // Never between the two halves of a surrogate pair.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: start + prefix, end: start + before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

interface THunk {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/** Myers' shortest edit script as hunks of replaced lines; undefined past MAX_DIFFERENCES. */
function diffHunks(a: string[], b: string[]): THunk[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [{ fromA: 0, toA: n, fromB: 0, toB: m }];
  const max = Math.min(n + m, MAX_DIFFERENCES);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return hunksFrom(trace, offset, n, m, d);
    }
  }
  return undefined;
}

/** Walks the trace back from (n, m) to (0, 0) and groups the steps that are not matches. */
function hunksFrom(trace: Int32Array[], offset: number, n: number, m: number, depth: number): THunk[] {
  const hunks: THunk[] = [];
  let x = n;
  let y = m;
  const add = (fromA: number, toA: number, fromB: number, toB: number) => {
    const last = hunks[hunks.length - 1];
    if (last && last.fromA === toA && last.fromB === toB) {
      last.fromA = fromA;
      last.fromB = fromB;
    } else hunks.push({ fromA, toA, fromB, toB });
  };
  for (let d = depth; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[offset + previousK]!;
    const previousY = previousX - previousK;
    // The diagonal (equal lines) after the step.
    while (x > previousX && y > previousY && (down ? x > previousX : x > previousX + 1)) {
      x--;
      y--;
    }
    if (down) add(x, x, y - 1, y);
    else add(x - 1, x, y, y);
    x = previousX;
    y = previousY;
  }
  return hunks.reverse();
}
