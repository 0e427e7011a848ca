// The page's side of the values worker: one worker for the page, started when this module loads
// (before React renders), so that the first reading is under way while the first screen paints.
import type { SecretFreeText, WizardTextState } from "../../src";
import type { TStart } from "../form/start-state";
import type { WizardStore } from "../form/wizard-store";
import type { TExportReading, TExportRequest } from "./export-reading";
import type { TWorkerAnswer, TWorkerRequest } from "./protocol";

const worker = new Worker(new URL("./values.worker.ts", import.meta.url), { type: "module", name: "values" });

let nextId = 1;
const waiting = new Map<number, { resolve: (answer: TWorkerAnswer) => void; reject: (error: Error) => void }>();
let store: WizardStore | undefined;

worker.onmessage = ({ data: answer }: MessageEvent<TWorkerAnswer>) => {
  if (answer.kind === "reading") {
    store?.acceptReading(answer.version, answer.reading);
    return;
  }
  const id = answer.id;
  if (id === undefined) {
    console.warn(answer.kind === "failed" ? answer.message : "an answer without a request");
    return;
  }
  const request = waiting.get(id);
  waiting.delete(id);
  if (answer.kind === "failed") request?.reject(new Error(answer.message));
  else request?.resolve(answer);
};

function ask(request: TWorkerRequest & { id: number }): Promise<TWorkerAnswer> {
  return new Promise((resolve, reject) => {
    waiting.set(request.id, { resolve, reject });
    worker.postMessage(request);
  });
}

/** The start state for the address's hash and what this browser saved (or the state on the page, for a link pasted into it). */
export async function readStart(hash: string, saved: string | null, current?: WizardTextState): Promise<TStart> {
  const answer = await ask({ kind: "start", id: nextId++, hash, saved, current });
  if (answer.kind !== "start") throw new Error("the values worker answered the start with something else");
  return answer.start;
}

/** The text as it may be kept in this browser (textWithoutSecrets, with the worker's reading of it). */
export async function secretFreeText(text: string): Promise<SecretFreeText> {
  const answer = await ask({ kind: "secretFree", id: nextId++, text });
  if (answer.kind !== "secretFree") throw new Error("the values worker answered a save with something else");
  return answer.text;
}

/** What an export needs to know of the text (export-reading.ts). */
export async function readForExport(request: TExportRequest): Promise<TExportReading> {
  const answer = await ask({ kind: "export", id: nextId++, request });
  if (answer.kind !== "export") throw new Error("the values worker answered an export with something else");
  return answer.reading;
}

/** Sends the worker every change of what it reads, and gives the store its readings. */
export function connectStore(connected: WizardStore): () => void {
  store = connected;
  let sent: unknown[] = [];
  const send = () => {
    const { release, text, version, views } = connected.getState();
    const now = [release, text, version, views.changes, views.showToken];
    if (now.every((item, index) => item === sent[index])) return;
    sent = now;
    worker.postMessage(connected.readRequest());
  };
  send();
  const unsubscribe = connected.subscribe(send);
  return () => {
    unsubscribe();
    if (store === connected) store = undefined;
  };
}
