// The wizard's values worker: it reads the values.yaml text for the page (parse, validation,
// warnings, the rendered manifests, the changes view), so that the page's main thread only types
// and paints, and the YAML parser, zod and the rendering core are never part of the first load.
// A burst of changes is read once, at its newest text.
import { textWithoutSecrets, wizardReading, wizardValuesReading, writeField, type Table, type WizardReading } from "../../src";
import { exportReading } from "./export-reading";
import { importReading } from "./import-reading";
import { TableSender } from "./kept-keys";
import { TextReceiver, textEdit } from "./kept-text";
import { LARGE_TEXT_CHARS } from "./large-text";
import type { TReadRequest, TSentRequest, TSentValues, TUpgradeRequest, TWorkerAnswer, TWorkerRequest } from "./protocol";
import { startState } from "./start";

const scope = self as unknown as { postMessage(message: TWorkerAnswer): void; onmessage: ((event: MessageEvent<TSentRequest>) => void) | null };

/** The texts of read and write requests, whole again: every one of them comes through here, in order. */
const textsReceived = new TextReceiver();

function receivedRequest(sent: TSentRequest): TWorkerRequest {
  if (sent.kind === "read") return { ...sent, valuesText: textsReceived.receive(sent.valuesText) };
  if (sent.kind === "write") return { ...sent, text: textsReceived.receive(sent.text) };
  return sent;
}

/** What the page was sent last of the user's values (by writes and readings alike) and of the coalesced ones. */
const userValuesSent = new TableSender();
const valuesSent = new TableSender();

/** A reading's values as sent: only the top-level keys that changed since the last message. */
function sentValues(values: WizardReading["values"]): TSentValues {
  if (!values.ok) return values;
  const { userValues, values: coalesced } = values.reading;
  return { ok: true, reading: { ...values.reading, userValues: userValuesSent.send(userValues), values: valuesSent.send(coalesced as Table) } };
}

let pending: TReadRequest | undefined;
let scheduled = false;

/**
 * The last reading made, with what it was of: an import reads its text ahead, and the request
 * that follows the Import press finds it here (a megabyte's manifests take a while to render).
 */
let last: { key: unknown[]; reading: WizardReading } | undefined;

/** The reading of a request; `early` gets the values' part first when they parse. */
function readingOf(request: Omit<TReadRequest, "kind" | "version">, early?: (values: WizardReading["values"]) => void): WizardReading {
  const key = [request.valuesText, request.release.name, request.release.namespace, Boolean(request.changes), Boolean(request.showToken)];
  if (last && last.key.every((item, index) => item === key[index])) return last.reading;
  const values = wizardValuesReading(request);
  if (values.ok) early?.(values);
  const reading = wizardReading(request, values);
  last = { key, reading };
  return reading;
}

function readPending(): void {
  scheduled = false;
  const request = pending;
  pending = undefined;
  if (!request) return;
  try {
    // A large text's values go first: the form shows them while the manifests are rendered. The
    // rest follows without them: the values of 100 KB of text are a few hundred KB to copy.
    let sentAhead = false;
    const early = request.valuesText.length >= LARGE_TEXT_CHARS ? (values: WizardReading["values"]) => {
      scope.postMessage({ kind: "reading", version: request.version, reading: { values: sentValues(values) } });
      sentAhead = true;
    } : undefined;
    const { values, ...rest } = readingOf(request, early);
    scope.postMessage(sentAhead ? { kind: "rest", version: request.version, rest } : { kind: "reading", version: request.version, reading: { values: sentValues(values), ...rest } });
  } catch (error) {
    scope.postMessage({ kind: "failed", message: `The values could not be read: ${(error as Error).message}` });
  }
}

/** The page's last read request: what it asks to see (release, tabs, token) beside the text. */
let lastRead: TReadRequest | undefined;

let readAheadTask: ReturnType<typeof setTimeout> | undefined;

/**
 * Reads a text the worker has just written, while the page takes in the write: the read request
 * the page sends for that text then finds its reading made (readingOf's `last`). At 100 KB the
 * reading takes 15-20 ms here; the page's part of the write, a frame or more on a slow machine.
 * Nothing is sent: the page may ask for something else by then. In a task of its own, which the
 * next write cancels: a user typing fast in a large file has only the newest text read, as before.
 */
function readAhead(text: string): void {
  readAheadTask = setTimeout(() => {
    readAheadTask = undefined;
    if (lastRead && !pending) readingOf({ ...lastRead, valuesText: text });
  }, 0);
}

let pendingUpgrade: TUpgradeRequest | undefined;
let upgradeModule: Promise<typeof import("../../src/wizard/upgrade-reading")> | undefined;

/** Upgrade mode's reading, after the values' own; its code loads the first time it is asked for. */
async function readUpgrade(): Promise<void> {
  upgradeModule ??= import("../../src/wizard/upgrade-reading");
  const { upgradeReading } = await upgradeModule;
  const request = pendingUpgrade;
  pendingUpgrade = undefined;
  if (!request) return;
  try {
    scope.postMessage({ kind: "upgrade", version: request.version, request: request.request, reading: upgradeReading(request.request) });
  } catch (error) {
    scope.postMessage({ kind: "failed", message: `The upgrade check failed: ${(error as Error).message}` });
  }
}

scope.onmessage = ({ data: sent }) => {
  const request = receivedRequest(sent);
  if (request.kind === "upgrade") {
    const waiting = pendingUpgrade !== undefined;
    pendingUpgrade = request;
    if (!waiting) setTimeout(() => void readUpgrade(), 0);
    return;
  }
  if (request.kind === "read") {
    lastRead = request;
    pending = request;
    // Messages that came in meanwhile are handled first: only the newest text is read.
    if (!scheduled) setTimeout(readPending, 0);
    scheduled = true;
    return;
  }
  try {
    // A field's write first: its text replaces the one pending, which need not be read at all.
    // (The core keeps the document it wrote last: the next keystroke's write edits it again.)
    if (request.kind === "write") {
      clearTimeout(readAheadTask);
      const written = writeField(request.text, request.path, request.value);
      scope.postMessage({ kind: "write", id: request.id, written: { text: textEdit(request.text, written.text), values: userValuesSent.send(written.values) } });
      readAhead(written.text);
      return;
    }
    // A save, an export or the start: read what is pending first, so its caches are of the newest text.
    readPending();
    if (request.kind === "start") scope.postMessage({ kind: "start", id: request.id, start: startState(request.hash, request.saved, request.current, request.setAside) });
    else if (request.kind === "export") scope.postMessage({ kind: "export", id: request.id, reading: exportReading(request.request) });
    else if (request.kind === "import") {
      importReading(
        request.request,
        (progress) => scope.postMessage({ kind: "progress", id: request.id, progress }),
        (outcome) => scope.postMessage({ kind: "import", id: request.id, outcome }),
        (text) => readingOf({ release: request.release, valuesText: text }),
      );
    } else scope.postMessage({ kind: "secretFree", id: request.id, text: textWithoutSecrets(request.text) });
  } catch (error) {
    scope.postMessage({ kind: "failed", id: request.id, message: (error as Error).message });
  }
};
