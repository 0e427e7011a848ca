// One temporary folder for a whole vitest run, removed at its end: the tests' values files and
// chart copies go below it (test/helm.ts testTmpDir), so no run leaves files in /tmp.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "dagger-helm-tests-"));
  process.env.DAGGER_HELM_TEST_TMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
