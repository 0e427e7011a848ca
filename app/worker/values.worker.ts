// The wizard's values worker: it reads the values.yaml text for the page (parse, validation,
// warnings, the rendered manifests, the changes view), so that the page's main thread only types
// and paints, and the YAML parser, zod and the rendering core are never part of the first load.
// A burst of changes is read once, at its newest text.
import { textWithoutSecrets, wizardReading } from "../../src";
import { exportReading } from "./export-reading";
import type { TReadRequest, TWorkerAnswer, TWorkerRequest } from "./protocol";
import { startState } from "./start";

const scope = self as unknown as { postMessage(message: TWorkerAnswer): void; onmessage: ((event: MessageEvent<TWorkerRequest>) => void) | null };

let pending: TReadRequest | undefined;
let scheduled = false;

function readPending(): void {
  scheduled = false;
  const request = pending;
  pending = undefined;
  if (!request) return;
  try {
    scope.postMessage({ kind: "reading", version: request.version, request, reading: wizardReading(request) });
  } catch (error) {
    scope.postMessage({ kind: "failed", message: `The values could not be read: ${(error as Error).message}` });
  }
}

scope.onmessage = ({ data: request }) => {
  if (request.kind === "read") {
    pending = request;
    // Messages that came in meanwhile are handled first: only the newest text is read.
    if (!scheduled) setTimeout(readPending, 0);
    scheduled = true;
    return;
  }
  // A save, an export or the start: read what is pending first, so its caches are of the newest text.
  readPending();
  try {
    if (request.kind === "start") scope.postMessage({ kind: "start", id: request.id, start: startState(request.hash, request.saved, request.current) });
    else if (request.kind === "export") scope.postMessage({ kind: "export", id: request.id, reading: exportReading(request.request) });
    else scope.postMessage({ kind: "secretFree", id: request.id, text: textWithoutSecrets(request.text) });
  } catch (error) {
    scope.postMessage({ kind: "failed", id: request.id, message: (error as Error).message });
  }
};
