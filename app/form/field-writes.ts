// A form field's write into the wizard's text. The core edits the document it wrote last (no parse
// while the user types in one field), and the store gets the new text with the values it holds.
// - A small text is written right after the frame that shows the typed character: the field shows
//   its value at once (a text input shows what was typed, `useTypedText`; other fields, the
//   store's pending values), and the write, the save and the preview follow a frame later. Written
//   inside the keystroke, they made its frame late, and the character painted a frame after. The
//   writing code loads right after the first screen; a write waits for it when needed. Writes land
//   in the order they were typed; flushWrites makes them at once, other typed changes
//   (`afterTyping`: the release's fields) included.
// - A text from WORKER_WRITE_CHARS on (an imported megabyte of labels, or a few dozen kilobytes)
//   is written in the values worker, which has read it already: parsing it here would hold the
//   page for seconds on the first keystroke, and printing it again for a new key would too; and
//   the worker then reads the text it wrote without parsing it. The write is sent after the frame
//   that shows the typed character too. The field shows its value at once meanwhile, and the
//   writes land in the order they were typed.
import type { TValues, ValuePath } from "../../src";
import { WORKER_WRITE_CHARS } from "../worker/large-text";
import { afterNextPaint } from "../shell/after-paint";
import { writeInWorker } from "../worker/worker-client";
import type { WizardStore } from "./wizard-store";

type TEdits = typeof import("./text-edits");

let edits: TEdits | undefined;
const loading: Promise<TEdits> = import("./text-edits").then((module) => (edits = module));
let queue: Promise<unknown> = Promise.resolve();

/** The writes sent to the worker and not answered yet, in order: the form shows their values meanwhile. */
const inWorker: { path: string; value: unknown }[] = [];

export type TWriteError = (path: string, message: string) => void;

/** A change typed and not made yet: a small write, or another change (`afterTyping`). */
type TTyped = { store: WizardStore; path: ValuePath; value: unknown; onError: TWriteError } | { key: string; apply: () => void };

/** The changes typed and not made yet, in order, made after the next paint or by flushWrites. */
const typed: TTyped[] = [];

export interface TWriteOptions {
  /**
   * The input shows the value typed (a text input the browser keeps, `useTypedText`): the store's
   * values change with the write, after the paint, and the keystroke renders nothing.
   */
  inputShows?: boolean;
}

export function writeField(store: WizardStore, path: ValuePath, value: unknown, onError: TWriteError, options: TWriteOptions = {}): void {
  if (inWorker.length || store.getState().text.length >= WORKER_WRITE_CHARS) {
    void flushWrites();
    writeLarge(store, path, value, onError, options);
    return;
  }
  if (!options.inputShows) store.showPending(withValue(store.getState().form.values, path, value) as TValues);
  // A second key in the same field before the paint replaces the first: only its value is written.
  const last = typed.at(-1);
  if (last && "path" in last && last.store === store && last.path === path) last.value = value;
  else queueTyped({ store, path, value, onError });
}

/**
 * A change typed that is not a values write (a release field): made after the next paint, in
 * order with the writes, or by flushWrites; a second one of the same key before then replaces it.
 */
export function afterTyping(key: string, apply: () => void): void {
  const last = typed.at(-1);
  if (last && "key" in last && last.key === key) last.apply = apply;
  else queueTyped({ key, apply });
}

/** Whether a value typed at `key` (a values path, or an `afterTyping` key) is still to be made. */
export function typedAndWaiting(key: string): boolean {
  return typed.some((change) => ("path" in change ? change.path : change.key) === key) || inWorker.some((write) => write.path === key);
}

function queueTyped(change: TTyped): void {
  typed.push(change);
  if (typed.length === 1) afterNextPaint(() => void flushWrites());
}

/**
 * Makes the small writes typed and not made yet: now when the writing code has loaded, else once
 * it has. Before an export reads the text, and when the page is left.
 */
export function flushWrites(): Promise<void> {
  if (typed.length) {
    // Changes that are not values writes (the editor's text, a release field) need no writing code.
    if (edits || typed.every((change) => "key" in change)) writeTyped(edits);
    // Queued, not awaited inside the queue: a step that waited for the queue would wait for itself.
    else queue = queue.then(() => loading).then(writeTyped);
  }
  return queue.then(() => undefined);
}

function writeTyped(module: TEdits | undefined): void {
  for (const change of typed.splice(0)) {
    if ("key" in change) change.apply();
    else if (module) write(module, change.store, change.path, change.value, change.onError);
    else throw new Error(`the write of ${change.path} was made before the writing code loaded`);
  }
}

function write(module: TEdits, store: WizardStore, path: string, value: unknown, onError: TWriteError): void {
  // The text as it is now, not as last rendered: two writes in one event both land.
  const { text } = store.getState();
  try {
    const written = module.writeField(text, path, value);
    store.setWrittenText(written.text, written.values);
  } catch (error) {
    // The field goes back to what the text holds, and the error says why.
    store.dropPending();
    onError(path, (error as Error).message);
  }
}

function writeLarge(store: WizardStore, path: string, value: unknown, onError: TWriteError, { inputShows }: TWriteOptions): void {
  const pending = { path, value };
  inWorker.push(pending);
  if (!inputShows) store.showPending(withValue(store.getState().form.values, path, value) as TValues);
  // Sent after the frame that shows the typed character, not from the keystroke: the worker's write
  // and the reading after it ran on the cores that frame needed. On this 2-core machine, a values
  // field with 100 KB (manifests and changes tabs, 3 interleaved pairs of runs of 2 x 40 keys):
  // keystrokes over one frame 10 -> 2 of 240, and the preview no later (p95 37-66 -> 40-66 ms).
  const painted = new Promise<void>((resolve) => afterNextPaint(resolve));
  // Each write waits for the one before, and writes into the text that one made.
  queue = queue.then(async () => {
    try {
      await painted;
      const written = await writeInWorker(store.getState().text, path, value);
      inWorker.splice(inWorker.indexOf(pending), 1);
      store.setWrittenText(written.text, written.values);
    } catch (error) {
      inWorker.splice(inWorker.indexOf(pending), 1);
      onError(path, (error as Error).message);
    }
    // The values of the writes still on their way stay on show.
    if (inWorker.length) store.showPending(inWorker.reduce((values: unknown, write) => withValue(values, write.path, write.value), store.getState().form.values) as TValues);
  });
}

/** A copy of the values with one path set (undefined removes it): what the field shows until the write lands. */
function withValue(values: unknown, path: string, value: unknown): unknown {
  const [key, ...rest] = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  if (key === undefined) return values;
  const node: Record<string, unknown> = Array.isArray(values) ? ([...values] as never) : { ...(values as Record<string, unknown>) };
  if (!rest.length) {
    if (value === undefined) delete node[key];
    else node[key] = value;
    return node;
  }
  node[key] = withValue(node[key] ?? {}, rest.join("."), value);
  return node;
}
