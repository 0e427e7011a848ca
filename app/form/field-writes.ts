// A form field's write into the wizard's text, on this thread and at once: the core edits the
// document it wrote last (no parse while the user types in one field), and the store gets the
// new text with the values it holds. The writing code loads right after the first screen; a
// field typed into before it has arrived shows the value and is written, in order, when it has.
import type { TValues } from "../../src";
import type { WizardStore } from "./wizard-store";

type TEdits = typeof import("./text-edits");

let edits: TEdits | undefined;
const loading: Promise<TEdits> = import("./text-edits").then((module) => (edits = module));
let queue: Promise<unknown> = Promise.resolve();

export type TWriteError = (path: string, message: string) => void;

export function writeField(store: WizardStore, path: string, value: unknown, onError: TWriteError): void {
  if (edits) {
    write(edits, store, path, value, onError);
    return;
  }
  store.showPending(withValue(store.getState().form.values, path, value) as TValues);
  queue = queue.then(() => loading).then((module) => write(module, store, path, value, onError));
}

function write(module: TEdits, store: WizardStore, path: string, value: unknown, onError: TWriteError): void {
  // The text as it is now, not as last rendered: two writes in one event both land.
  const { text } = store.getState();
  try {
    const written = module.writeField(text, path, value);
    store.setWrittenText(written.text, written.values);
  } catch (error) {
    onError(path, (error as Error).message);
  }
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
