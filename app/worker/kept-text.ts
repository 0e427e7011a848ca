// The values.yaml text crossing between the page and the values worker as the part that changed:
// a keystroke changes a few characters of the text, and the other side has the text from before.
// Every read and write request copied the whole text into the worker (0.6 ms of the page's main
// thread at 100 KB, ~6 ms at 1 MB), and a write's answer copied it back: three copies per
// keystroke in a form field. Now each carries the changed part and the lengths kept around it.
// Messages arrive in the order they were sent; a sender and its receiver see the same texts in the
// same order, so they always hold the same text from before (kept-keys.ts does the same for tables).

/** A text as sent: whole, or the text before with its middle replaced. */
export type TSentText = string | TKeptEnds;

/**
 * The text before, with `head` characters kept at its start, `tail` at its end, and `insert` between
 * (one change, by what it keeps: not line-edits.ts's TTextEdit, which the preview editors apply).
 */
export interface TKeptEnds {
  head: number;
  tail: number;
  insert: string;
}

/** Below this length a text is sent whole: comparing would cost more than copying. */
const EDIT_MIN_CHARS = 4_096;

/** Characters compared at once (a native string comparison) before comparing one by one. */
const CHUNK = 1_024;

/** The edit that makes `to` from `from`; the whole text when most of it changed. */
export function textEdit(from: string, to: string): TSentText {
  if (to.length < EDIT_MIN_CHARS) return to;
  const max = Math.min(from.length, to.length);
  let head = 0;
  while (head + CHUNK <= max && from.slice(head, head + CHUNK) === to.slice(head, head + CHUNK)) head += CHUNK;
  while (head < max && from.charCodeAt(head) === to.charCodeAt(head)) head++;
  // The tail never reaches into the head: "aa" to "aaa" keeps 2 at the start and 0 at the end.
  const room = max - head;
  let tail = 0;
  while (tail + CHUNK <= room && from.slice(from.length - tail - CHUNK, from.length - tail) === to.slice(to.length - tail - CHUNK, to.length - tail)) tail += CHUNK;
  while (tail < room && from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)) tail++;
  const insert = to.slice(head, to.length - tail);
  return insert.length * 2 > to.length ? to : { head, tail, insert };
}

/** The text an edit makes of `from` (a whole text is itself). */
export function applyTextEdit(from: string, sent: TSentText): string {
  if (typeof sent === "string") return sent;
  if (sent.head + sent.tail > from.length) throw new Error(`a text edit keeps ${sent.head + sent.tail} characters of a text of ${from.length}`);
  return from.slice(0, sent.head) + sent.insert + from.slice(from.length - sent.tail);
}

/** One side's texts as sent on one channel: each relative to the one sent before it. */
export class TextSender {
  private last = "";

  send(text: string): TSentText {
    const sent = textEdit(this.last, text);
    this.last = text;
    return sent;
  }
}

/** The other side of that channel: the texts again, in the order they were sent. */
export class TextReceiver {
  private last = "";

  receive(sent: TSentText): string {
    this.last = applyTextEdit(this.last, sent);
    return this.last;
  }
}
