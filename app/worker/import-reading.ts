// An import's reading, in the values worker: what the core makes of the text (the chart it was
// written for, unknown keys, or what is wrong and where), with the stage it is at for the
// dialog's progress. A megabyte of YAML takes a second or more to read; on the page's main thread
// that would freeze the dialog. The worker then reads the text as the wizard will once it is
// imported (readAhead), after the outcome is on its way, so that pressing Import costs little.
import { importParentBlock, importValuesText, readValuesDocumentCached, type ImportOutcome, type Table } from "../../src";
import { MIGRATION_KEY_LIMIT } from "./large-text";

export interface TImportRequest {
  text: string;
  /** A parent chart's block to import (`dagger`), when the user chose one. */
  block?: string;
}

/**
 * An import's outcome as the page gets it: a file's values only when the page can use them (a
 * migration, up to MIGRATION_KEY_LIMIT keys). A megabyte of labels took 50-80 ms of the page's
 * main thread to copy in, for nothing.
 */
export type TImportOutcome = Exclude<ImportOutcome, { kind: "values" }> | (Omit<Extract<ImportOutcome, { kind: "values" }>, "values"> & { values?: Table });

/** Where an import's reading is: what the worker does now, and how far along it is (0 to 1). */
export interface TImportProgress {
  stage: string;
  done: number;
}

/** The import's outcome, given to `answer`; then `readAhead` reads the text to import as the wizard will. */
export function importReading({ text, block }: TImportRequest, progress: (step: TImportProgress) => void, answer: (outcome: TImportOutcome) => void, readAhead: (text: string) => void): void {
  progress({ stage: "parsing the YAML", done: 0 });
  // Parsed once here: the import below and the reading after it find it in the parse cache.
  readValuesDocumentCached(text);
  progress({ stage: "recognizing the chart and its keys", done: 0.8 });
  const outcome = block ? importParentBlock(text, block) : importValuesText(text);
  if (outcome.kind === "values" && outcome.keys > MIGRATION_KEY_LIMIT) {
    const { values: _kept, ...sent } = outcome;
    answer(sent);
  } else answer(outcome);
  if (outcome.kind === "values") readAhead(outcome.text);
}
