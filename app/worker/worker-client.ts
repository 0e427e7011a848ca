// The page's side of the values worker: one worker for the page, started when this module loads
// (before React renders), so that the first reading is under way while the first screen paints.
import { siteAddresses, type SecretFreeText, type Table, type TValues, type WizardReading, type WizardTextState } from "../../src";
import type { TStart } from "../form/start-state";
import type { WizardStore } from "../form/wizard-store";
import type { TExportReading, TExportRequest } from "./export-reading";
import type { TImportOutcome, TImportProgress, TImportRequest } from "./import-reading";
import { TableReceiver } from "./kept-keys";
import { applyTextEdit, TextSender, type TSentText } from "./kept-text";
import type { TReadRequest, TSentRequest, TSentValues, TWorkerAnswer } from "./protocol";

const worker = new Worker(new URL("./values.worker.ts", import.meta.url), { type: "module", name: "values" });

/** An answer as the page takes it: a write's values whole again (its text is an edit of the request's). */
type TAnswer = Exclude<TWorkerAnswer, { kind: "write" }> | { kind: "write"; id: number; written: { text: TSentText; values: Table } };

let nextId = 1;
const waiting = new Map<number, { resolve: (answer: TAnswer) => void; reject: (error: Error) => void; progress?: (step: TImportProgress) => void }>();
let store: WizardStore | undefined;

/** The values of a large text's reading, sent ahead of the rest (the manifests). */
let ahead: { version: number; values: WizardReading["values"] } | undefined;

/** The texts of read and write requests, each as an edit of the one before (kept-text.ts): every one goes through here, in the order posted. */
const textsSent = new TextSender();

/** What the page was sent last of the user's values and of the coalesced ones (kept-keys.ts). */
const userValuesReceived = new TableReceiver();
const valuesReceived = new TableReceiver();

/** A reading's values, whole again. Every message that carries them must come through here, in order. */
function receivedValues(values: TSentValues): WizardReading["values"] {
  if (!values.ok) return values;
  const { userValues, values: coalesced } = values.reading;
  return { ok: true, reading: { ...values.reading, userValues: userValuesReceived.receive(userValues), values: valuesReceived.receive(coalesced) as TValues } };
}

worker.onmessage = ({ data: sent }: MessageEvent<TWorkerAnswer>) => {
  if (sent.kind === "reading") {
    const reading: WizardReading = { ...sent.reading, values: receivedValues(sent.reading.values) };
    ahead = reading.manifests ? undefined : { version: sent.version, values: reading.values };
    store?.acceptReading(sent.version, reading);
    return;
  }
  const answer: TAnswer = sent.kind === "write" ? { ...sent, written: { text: sent.written.text, values: userValuesReceived.receive(sent.written.values) } } : sent;
  if (answer.kind === "rest") {
    if (ahead?.version === answer.version) store?.acceptReading(answer.version, { values: ahead.values, ...answer.rest });
    ahead = undefined;
    return;
  }
  if (answer.kind === "upgrade") {
    store?.acceptUpgrade(answer.version, answer.request, answer.reading);
    return;
  }
  if (answer.kind === "progress") {
    waiting.get(answer.id)?.progress?.(answer.progress);
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

function ask(request: TSentRequest & { id: number }, progress?: (step: TImportProgress) => void): Promise<TAnswer> {
  return new Promise((resolve, reject) => {
    waiting.set(request.id, { resolve, reject, progress });
    worker.postMessage(request);
  });
}

/**
 * The start state for the address's hash and what this browser saved (or the state on the page,
 * for a link pasted into it), with the settings an earlier link set aside.
 */
export async function readStart(hash: string, saved: string | null, current?: WizardTextState, setAside: readonly string[] = []): Promise<TStart> {
  const answer = await ask({ kind: "start", id: nextId++, hash, saved, current, setAside });
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

/** What an import makes of a text (import-reading.ts), with its progress while the worker reads. */
export async function readImport(request: TImportRequest, release: TReadRequest["release"], progress: (step: TImportProgress) => void): Promise<TImportOutcome> {
  const answer = await ask({ kind: "import", id: nextId++, request, release }, progress);
  if (answer.kind !== "import") throw new Error("the values worker answered an import with something else");
  return answer.outcome;
}

/** A form field's write into the text, made in the worker: the new text and the values it holds. */
export async function writeInWorker(text: string, path: string, value: unknown): Promise<{ text: string; values: Table }> {
  const answer = await ask({ kind: "write", id: nextId++, text: textsSent.send(text), path, value });
  if (answer.kind !== "write") throw new Error("the values worker answered a write with something else");
  return { text: applyTextEdit(text, answer.written.text), values: answer.written.values };
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
    const request = connected.readRequest();
    worker.postMessage({ ...request, valuesText: textsSent.send(request.valuesText) } satisfies TSentRequest);
  };
  // Upgrade mode is read while the changes view shows it.
  let sentUpgrade: unknown[] = [];
  const sendUpgrade = () => {
    const { release, text, version, views, deployed } = connected.getState();
    if (!deployed || !views.changes) {
      sentUpgrade = [];
      return;
    }
    const now = [release, text, version, views.showToken, deployed];
    if (now.every((item, index) => item === sentUpgrade[index])) return;
    sentUpgrade = now;
    const chartsUrl = siteAddresses(window.location.href).chartsUrl;
    worker.postMessage({ kind: "upgrade", version, request: { deployed, release, valuesText: text, chartsUrl, showToken: views.showToken } } satisfies TSentRequest);
  };
  const both = () => {
    send();
    sendUpgrade();
  };
  both();
  const unsubscribe = connected.subscribe(both);
  return () => {
    unsubscribe();
    if (store === connected) store = undefined;
  };
}
