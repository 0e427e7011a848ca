// The messages between the page and the values worker (values.worker.ts). The page asks; the
// worker answers each request by its id. Reads are the one exception: the page sends one per
// change and the worker answers only the newest it has not read yet.
import type { SecretFreeText, WizardReading, WizardReadingRequest, WizardTextState } from "../../src";
import type { TStart } from "../form/start-state";
import type { TExportReading, TExportRequest } from "./export-reading";

export interface TReadRequest extends WizardReadingRequest {
  kind: "read";
  /** The text's version in the page's store: the answer says which text it read. */
  version: number;
}

export type TWorkerRequest =
  | TReadRequest
  | { kind: "start"; id: number; hash: string; saved: string | null; current?: WizardTextState }
  | { kind: "secretFree"; id: number; text: string }
  | { kind: "export"; id: number; request: TExportRequest };

export type TWorkerAnswer =
  | { kind: "reading"; version: number; request: TReadRequest; reading: WizardReading }
  | { kind: "start"; id: number; start: TStart }
  | { kind: "secretFree"; id: number; text: SecretFreeText }
  | { kind: "export"; id: number; reading: TExportReading }
  | { kind: "failed"; id?: number; message: string };
