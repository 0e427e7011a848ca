// The command line on a megabyte of labels (test/large-values.ts) beside `helm template` on the
// same file: a whole process each, as a user runs them. Issue 9's aim: not far slower than Helm.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { CHART_DIR, helmPath, testTmpDir } from "../test/helm";
import { largeLabelsValues } from "../test/large-values";
import type { Budget } from "./bench-budgets";

const ROOT = join(import.meta.dirname, "..");
/** "Not far slower": within twice Helm's time. */
const RATIO_GOAL = 2;

function medianOf(runs: number, task: () => unknown): number {
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    task();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export function largeCliBudget(runs = 3): Budget {
  const file = join(testTmpDir("bench-large-"), "values.yaml");
  writeFileSync(file, largeLabelsValues().text);
  const quiet = { stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 };
  const cli = medianOf(runs, () => execFileSync(process.execPath, [join(ROOT, "bin/dagger-helm.mjs"), "render", "-f", file, "--release", "bench"], quiet));
  const helm = medianOf(runs, () => execFileSync(helmPath(4), ["template", "bench", CHART_DIR, "-f", file], quiet));
  const ratio = cli / helm;
  return {
    what: `CLI render of a 1 MB values.yaml of labels (median of ${runs}) vs helm 4 template`,
    measured: `${(cli / 1000).toFixed(1)} s vs ${(helm / 1000).toFixed(1)} s (${ratio.toFixed(1)}x)`,
    budget: `≤ ${RATIO_GOAL}x helm`,
    met: ratio <= RATIO_GOAL,
  };
}
