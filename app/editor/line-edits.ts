// The edits that turn one text into another, line by line: a preview applies them to its Monaco
// model instead of setting the whole text, so Monaco re-tokenizes and redraws only the lines that
// changed (a release name that stands on twelve lines is twelve one-line edits, not a new text).

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
  const hunks = diffHunks(middleA, middleB) ?? [{ fromA: 0, toA: middleA.length, fromB: 0, toB: middleB.length }];
  return hunks.map((hunk) => ({
    start: offsets[head + hunk.fromA]!,
    end: offsets[head + hunk.toA]!,
    text: middleB.slice(hunk.fromB, hunk.toB).join(""),
  }));
}

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
