// The wizard's values worker: it reads the values.yaml text for the page (parse, validation,
// warnings, the rendered manifests, the changes view), so that the page's main thread only types
// and paints, and the YAML parser, zod and the rendering core are never part of the first load.
// A burst of changes is read once, at its newest text.
import { textWithoutSecrets, wizardReading } from "../../src";
import { exportReading } from "./export-reading";
import type { TReadRequest, TUpgradeRequest, TWorkerAnswer, TWorkerRequest } from "./protocol";
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

scope.onmessage = ({ data: request }) => {
  if (request.kind === "upgrade") {
    const waiting = pendingUpgrade !== undefined;
    pendingUpgrade = request;
    if (!waiting) setTimeout(() => void readUpgrade(), 0);
    return;
  }
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
    if (request.kind === "start") scope.postMessage({ kind: "start", id: request.id, start: startState(request.hash, request.saved) });
    else if (request.kind === "export") scope.postMessage({ kind: "export", id: request.id, reading: exportReading(request.request) });
    else scope.postMessage({ kind: "secretFree", id: request.id, text: textWithoutSecrets(request.text) });
  } catch (error) {
    scope.postMessage({ kind: "failed", id: request.id, message: (error as Error).message });
  }
};
