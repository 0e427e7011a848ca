// What the core makes of a text to import, asked of the values worker: a large file takes a
// while to read, and the page stays responsive meanwhile. Progress shows once the reading has
// taken longer than SLOW_MS (at once for a file of a megabyte). The answer is for the text and
// block it was asked about; a newer text or block asks again.
import { useEffect, useState } from "react";
import { useWizard } from "../form/use-wizard";
import type { TImportOutcome, TImportProgress } from "../worker/import-reading";
import { readImport } from "../worker/worker-client";

export interface TSource {
  text: string;
  /** Where the text came from: a file's name, or undefined when pasted. */
  name?: string;
  /** A file that could not be read as text. */
  fileError?: string;
  /** A file read other than as written (the core's note: a UTF-16 file Helm 4 reads one byte over). */
  fileNote?: string;
}

export interface TImportReading {
  /** What the core made of the text; undefined while it reads, or when there is no text. */
  outcome: TImportOutcome | undefined;
  working: boolean;
  /** The stage the reading is at, once it has taken longer than SLOW_MS (at once for a large text). */
  slowProgress: TImportProgress | undefined;
}

/** Progress shows once reading takes this long; a quicker answer needs none. */
const SLOW_MS = 1000;
/** Texts this long take over a second to read here: their progress shows at once. */
const LARGE_TEXT_CHARS = 200_000;

interface TAnswer {
  source: TSource;
  block: string | undefined;
  outcome?: TImportOutcome;
  progress?: TImportProgress;
}

export function useImportOutcome(source: TSource, block: string | undefined): TImportReading {
  const release = useWizard((state) => state.release);
  const [answer, setAnswer] = useState<TAnswer>();
  const [slow, setSlow] = useState<TAnswer>();
  const empty = Boolean(source.fileError) || source.text.trim() === "";
  useEffect(() => {
    if (empty) return;
    let current = true;
    let progress: TImportProgress = { stage: "starting", done: 0 };
    let shown = false;
    const show = () => {
      shown = true;
      setSlow({ source, block, progress });
    };
    const timer = setTimeout(() => current && show(), source.text.length >= LARGE_TEXT_CHARS ? 0 : SLOW_MS);
    readImport({ text: source.text, block }, release, (step) => {
      progress = step;
      if (current && shown) show();
    })
      .catch((error: Error): TImportOutcome => ({ kind: "error", message: `the text could not be read: ${error.message}` }))
      .then((outcome) => current && setAnswer({ source, block, outcome }));
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The release only steers the manifests read ahead: a new name does not read the file again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [empty, source, block]);

  if (source.fileError) return { outcome: { kind: "error", message: source.fileError }, working: false, slowProgress: undefined };
  if (empty) return { outcome: undefined, working: false, slowProgress: undefined };
  const mine = (other: TAnswer | undefined) => other?.source === source && other.block === block;
  if (mine(answer)) return { outcome: answer?.outcome, working: false, slowProgress: undefined };
  return { outcome: undefined, working: true, slowProgress: mine(slow) ? slow?.progress : undefined };
}
