// A form write that changes the document's shape (a key added or removed, a list rewritten) prints
// the whole document, and the yaml package's printer moves comments it cannot attach to a node: a
// comment after the last value gets a blank line before it, a comment at the indent of an outer
// key after a nested block is printed at the inner block's indent. The user's comment and blank
// lines are theirs, so they are put back: the printed text's value lines are matched against the
// old text's, and the new text is the old one with only the value lines that differ replaced,
// every comment and blank line left where it stood, with its indentation.
import { Lexer } from "yaml";

/** The lexer's markers that stand for no source text (document start, scalar start, flow end). */
const MARKERS = new Set(["\u0002", "\u001f", "\u0018"]);

/** Matching compares every line of a changed middle with every other: bigger middles are printed as they are. */
const MAX_MIDDLE_CELLS = 4_000_000;

interface TLines {
  lines: string[];
  /** Whether each line is a comment-only or blank line outside any scalar (a block scalar's blank lines are its text). */
  aside: boolean[];
  /** Each line without the comment at its end: what two value lines are compared by. */
  values: string[];
}

/**
 * The printed text with the old text's comment and blank lines kept where they were; undefined
 * when the two cannot be matched (different line endings, a middle too big to compare).
 */
export function keepCommentLines(old: string, printed: string): string | undefined {
  if (old.includes("\r") || printed.includes("\r") || old.trim() === "") return undefined;
  // The line break that ends the text is not a blank line of its own.
  const before = classify(old.endsWith("\n") ? old.slice(0, -1) : old);
  const after = classify(printed.endsWith("\n") ? printed.slice(0, -1) : printed);
  const oldValues = before.lines.flatMap((_, index) => (before.aside[index] ? [] : [index]));
  const newValues = after.lines.flatMap((line, index) => (after.aside[index] ? [] : [{ line, value: after.values[index]! }]));
  // Lines are matched by what they say without their end comments: the printer moves a comment
  // after a key that opens a block (`engine: # ours`) onto a line of its own.
  const newKeys = after.values.filter((_, index) => !after.aside[index]);
  const ops = matchLines(
    oldValues.map((index) => before.values[index]!),
    newKeys,
  );
  if (!ops) return undefined;
  // Lines of the old text up to (not including) its first value line: a header stays on top.
  const out: string[] = before.lines.slice(0, oldValues[0] ?? before.lines.length);
  // The comment and blank lines after the last old value line handled, written before the next
  // old value line: a line added after a value goes right below it, above those comments.
  let pending: string[] = [];
  const asidesAfter = (valueIndex: number) => {
    const from = oldValues[valueIndex]! + 1;
    const to = oldValues[valueIndex + 1] ?? before.lines.length;
    return before.lines.slice(from, to);
  };
  // An end comment on a printed line is one the old text had at a line's end, or one of its
  // comment lines that the printer moved there (`key: {} # a` from a comment below an emptied map).
  // Comment lines stay where they stood, so only end comments of the old lines that go are kept.
  const goingComments = ops.flatMap((op) => (op.kind === "delete" ? [endComment(before, oldValues[op.old]!)] : [])).filter(Boolean);
  for (const op of ops) {
    if (op.kind === "insert") {
      const { line, value } = newValues[op.next]!;
      const comment = line.slice(value.length).trim();
      const at = comment ? goingComments.indexOf(comment) : -1;
      if (at >= 0) goingComments.splice(at, 1);
      out.push(comment && at < 0 ? value : line);
      continue;
    }
    out.push(...pending);
    if (op.kind === "same") out.push(before.lines[oldValues[op.old]!]!);
    pending = asidesAfter(op.old);
  }
  out.push(...pending);
  return `${out.join("\n")}\n`;
}

/** The comment at the end of a value line, without the white space before it ("" when none). */
function endComment(text: TLines, index: number): string {
  return text.lines[index]!.slice(text.values[index]!.length).trim();
}

/** Splits a text into lines and finds its aside lines. */
function classify(text: string): TLines {
  const lines = text.split("\n");
  const starts = [0];
  for (const line of lines) starts.push(starts[starts.length - 1]! + line.length + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const inScalar = new Array<boolean>(lines.length).fill(false);
  const values = [...lines];
  let offset = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith("#") && !scalarNext) {
      const line = lineAt(offset);
      values[line] = lines[line]!.slice(0, offset - starts[line]!).trimEnd();
    }
    if (MARKERS.has(token)) {
      scalarNext = token === "\u001f";
      continue;
    }
    // A scalar over several lines (a block scalar, a quoted or plain one folded): its lines are its text.
    if (scalarNext && token.includes("\n")) {
      const last = lineAt(offset + token.length - 1);
      for (let line = lineAt(offset); line <= last; line++) inScalar[line] = true;
    }
    scalarNext = false;
    offset += token.length;
  }
  const aside = lines.map((line, index) => {
    const trimmed = line.trim();
    return !inScalar[index] && (trimmed === "" || trimmed.startsWith("#"));
  });
  return { lines, aside, values };
}

type TOp = { kind: "same"; old: number } | { kind: "delete"; old: number } | { kind: "insert"; next: number };

/**
 * The edit from the old value lines to the new: the common start and end kept, the middle matched
 * by a longest common subsequence. Written here because no diff library is among the project's
 * packages, and a form write changes a few lines, so the middle is small.
 */
function matchLines(old: string[], next: string[]): TOp[] | undefined {
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const a = old.slice(head, old.length - tail);
  const b = next.slice(head, next.length - tail);
  if ((a.length + 1) * (b.length + 1) > MAX_MIDDLE_CELLS) return undefined;
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const ops: TOp[] = [];
  for (let index = 0; index < head; index++) ops.push({ kind: "same", old: index });
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: "same", old: head + i++ });
      j++;
    } else if (i < a.length && (j === b.length || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) {
      ops.push({ kind: "delete", old: head + i++ });
    } else {
      ops.push({ kind: "insert", next: head + j++ });
    }
  }
  for (let index = old.length - tail; index < old.length; index++) ops.push({ kind: "same", old: index });
  return ops;
}
