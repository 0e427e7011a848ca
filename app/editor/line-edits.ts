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
  const a = linesOf(before);
  const b = linesOf(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const offsets = [0];
  for (const line of a) offsets.push(offsets[offsets.length - 1]! + line.length);
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const hunks = diffHunks(middleA, middleB);
  if (!hunks) return [{ start: offsets[head]!, end: offsets[a.length - tail]!, text: middleB.join("") }];
  return hunks.flatMap((hunk) => {
    const count = hunk.toA - hunk.fromA;
    if (count !== hunk.toB - hunk.fromB) return [{ start: offsets[head + hunk.fromA]!, end: offsets[head + hunk.toA]!, text: middleB.slice(hunk.fromB, hunk.toB).join("") }];
    return Array.from({ length: count }, (_, index) => inLine(offsets[head + hunk.fromA + index]!, middleA[hunk.fromA + index]!, middleB[hunk.fromB + index]!));
  });
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
