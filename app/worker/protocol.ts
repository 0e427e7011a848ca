// The messages between the page and the values worker (values.worker.ts). The page asks; the
// worker answers each request by its id. Reads are the one exception: the page sends one per
// change and the worker answers only the newest it has not read yet.
import type { SecretFreeText, UpgradeReading, UpgradeReadingRequest, WizardReading, WizardReadingRequest, WizardTextState, WizardValuesReading } from "../../src";
import type { TStart } from "../form/start-state";
import type { TExportReading, TExportRequest } from "./export-reading";
import type { TImportOutcome, TImportProgress, TImportRequest } from "./import-reading";
import type { TKeptTable } from "./kept-keys";
import type { TSentText } from "./kept-text";

export interface TReadRequest extends WizardReadingRequest {
  kind: "read";
  /** The text's version in the page's store: the answer says which text it read. */
  version: number;
}

/** Upgrade mode's reading (upgrade-reading.ts), asked for like a read: only the newest is answered. */
export interface TUpgradeRequest {
  kind: "upgrade";
  version: number;
  request: UpgradeReadingRequest;
}

/** A reading's values as sent: the user's and the coalesced values key by key (kept-keys.ts). */
export type TSentValues =
  | { ok: true; reading: Omit<WizardValuesReading, "userValues" | "values"> & { userValues: TKeptTable; values: TKeptTable } }
  | Extract<WizardReading["values"], { ok: false }>;

/** A reading as sent. */
export interface TSentReading extends Omit<WizardReading, "values"> {
  values: TSentValues;
}

/** A read request as sent: its text relative to the page's text sent before (kept-text.ts). */
export interface TSentReadRequest extends Omit<TReadRequest, "valuesText"> {
  valuesText: TSentText;
}

/**
 * The requests as the worker takes them. Read and write requests cross as TSentRequest: their
 * texts as kept-text.ts sends them, on one channel in the order the page sends them.
 */
export type TWorkerRequest =
  | TReadRequest
  | TUpgradeRequest
  | { kind: "start"; id: number; hash: string; saved: string | null; current?: WizardTextState; setAside?: readonly string[] }
  | { kind: "secretFree"; id: number; text: string }
  | { kind: "export"; id: number; request: TExportRequest }
  /** A form field's write into a large text (field-writes.ts). */
  | TWriteRequest
  /** An import's reading; the release is the wizard's, for the manifests read ahead. */
  | { kind: "import"; id: number; request: TImportRequest; release: TReadRequest["release"] };

export interface TWriteRequest {
  kind: "write";
  id: number;
  text: string;
  path: string;
  value: unknown;
}

/** A request as it crosses: a read's or a write's text as kept-text.ts sends it. */
export type TSentRequest = Exclude<TWorkerRequest, TReadRequest | TWriteRequest> | TSentReadRequest | (Omit<TWriteRequest, "text"> & { text: TSentText });

export type TWorkerAnswer =
  /** A reading (without its request back: a large text would cross twice). */
  | { kind: "reading"; version: number; reading: TSentReading }
  /** The rest of a reading whose values went ahead, alone, in the reading before it. */
  | { kind: "rest"; version: number; rest: Omit<WizardReading, "values"> }
  | { kind: "upgrade"; version: number; request: UpgradeReadingRequest; reading: UpgradeReading }
  | { kind: "start"; id: number; start: TStart }
  | { kind: "secretFree"; id: number; text: SecretFreeText }
  | { kind: "export"; id: number; reading: TExportReading }
  | { kind: "import"; id: number; outcome: TImportOutcome }
  /**
   * A write's text (an edit of the request's text, kept-text.ts), and the user's values it holds
   * (on the user's values' channel, as readings send them).
   */
  | { kind: "write"; id: number; written: { text: TSentText; values: TKeptTable } }
  /** How far an import's reading is, sent while the worker reads (the page is free meanwhile). */
  | { kind: "progress"; id: number; progress: TImportProgress }
  | { kind: "failed"; id?: number; message: string };
