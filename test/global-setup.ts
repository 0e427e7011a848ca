// Set up once for a whole vitest run, and undone at its end:
// - one temporary folder: the tests' values files and chart copies go below it (test/helm.ts
//   testTmpDir), so no run leaves files in /tmp;
// - transparent huge pages for every process, when the run may set them (as root). Helm runs
//   ~3,000 times; each run's Go start-up touches ~20 MB of fresh memory, ~6,000 page faults of
//   4 KB (about half its ~140 ms), ~1,000 with huge pages, and the run takes ~1/3 less time
//   (4.0 against 5.9 minutes on two cores). Debian's default, madvise, gives Go's heap none.
//   DAGGER_HELM_TEST_THP=keep leaves the machine's mode as it is.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const THP_MODE = "/sys/kernel/mm/transparent_hugepage/enabled";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "dagger-helm-tests-"));
  process.env.DAGGER_HELM_TEST_TMP = dir;
  const restoreHugePages = hugePagesForTheRun();
  return () => {
    restoreHugePages();
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Sets the machine's huge page mode to always, if it can; returns how to put back the mode it found. */
function hugePagesForTheRun(): () => void {
  if (process.env.DAGGER_HELM_TEST_THP === "keep") return () => {};
  let previous: string | undefined;
  try {
    // "always [madvise] never": the mode in use is the one in brackets.
    previous = /\[(\w+)\]/.exec(readFileSync(THP_MODE, "utf8"))?.[1];
    if (!previous || previous === "always") return () => {};
    writeFileSync(THP_MODE, "always");
  } catch {
    // Not root, or no such setting: the run is only slower.
    return () => {};
  }
  console.log(`transparent huge pages: always for this run, then ${previous} again (DAGGER_HELM_TEST_THP=keep leaves them)`);
  return () => {
    try {
      writeFileSync(THP_MODE, previous);
    } catch (error) {
      console.error(`transparent huge pages: could not set ${previous} again in ${THP_MODE}: ${(error as Error).message}`);
    }
  };
}
