// The wizard's budgets, for npm run bench: first-load JavaScript of a fresh production build and
// what typing feels like in Chromium (scripts/bundle-size.mjs, scripts/preview-latency.ts).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { encodeShareLink } from "../src/share/share-link";
import { MAXIMAL_VALUES } from "../test/every-key-values";
import { shareableState } from "../src/wizard/share-state";
// @ts-expect-error: a plain .mjs script without types
import { bundleSizes, FIRST_LOAD_BUDGET, FIRST_LOAD_FILES_BUDGET } from "./bundle-size.mjs";

const ROOT = join(import.meta.dirname, "..");
const DIST = join(ROOT, ".cache", "bench-dist");

export interface Budget {
  what: string;
  measured: string;
  budget: string;
  met: boolean;
  goal?: string;
}

/** Builds the wizard into .cache/bench-dist and measures what index.html loads first. */
export function bundleBudgets(): Budget[] {
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--outDir", DIST, "--emptyOutDir", "--logLevel", "error"], { cwd: ROOT, stdio: "inherit" });
  const sizes = bundleSizes(DIST) as { initialGzip: number; initialFiles: unknown[]; totalGzip: number; totalFiles: number };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    {
      what: "first-load JavaScript, gzipped",
      measured: kb(sizes.initialGzip),
      budget: `≤ ${kb(FIRST_LOAD_BUDGET as number)}`,
      met: sizes.initialGzip <= (FIRST_LOAD_BUDGET as number),
      goal: `issue 13's target ≤ 150.0 KB: ${sizes.initialGzip <= 150 * 1024 ? "met" : "NOT met"}`,
    },
    {
      what: "first-load JavaScript files (requests before the first paint)",
      measured: String(sizes.initialFiles.length),
      budget: `≤ ${FIRST_LOAD_FILES_BUDGET as number}`,
      met: sizes.initialFiles.length <= (FIRST_LOAD_FILES_BUDGET as number),
    },
    { what: `all JavaScript, gzipped (${sizes.totalFiles} files, Monaco included)`, measured: kb(sizes.totalGzip), budget: "reported", met: true },
  ];
}

/**
 * What the user feels while typing, with the issue's targets beside each figure
 * (scripts/preview-latency.ts prints them; the keystrokes per combination and the runs are options).
 */
export function typingBudgets(keys = 20, runs = 2): void {
  execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/preview-latency.ts"), "--keys", String(keys), "--runs", String(runs), "--dist", DIST], { cwd: ROOT, stdio: "inherit" });
}

/** A 1 MB import and typing after it, with issue 9's targets beside them (scripts/import-latency.ts prints them). */
export function importBudgets(keys = 20, runs = 2): void {
  execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/import-latency.ts"), "--keys", String(keys), "--runs", String(runs), "--dist", DIST], { cwd: ROOT, stdio: "inherit" });
}

/** The share link of a configuration that sets every key away from its default, as a full URL. */
export function shareLinkBudget(): Budget {
  const state = shareableState({ name: "team-a", namespace: "ci-system" }, MAXIMAL_VALUES);
  const url = `https://example.github.io/dagger-helm/#${encodeShareLink(state)}`;
  return { what: "share link of the maximal configuration", measured: `${url.length} characters`, budget: "≤ 2,000", met: url.length <= 2000 };
}

export function printBudgets(budgets: Budget[]): void {
  console.log("\nBudgets:");
  for (const budget of budgets) {
    const verdict = budget.met ? "met" : "NOT met";
    console.log(`  ${budget.what}: ${budget.measured} (budget ${budget.budget}: ${verdict}${budget.goal ? `; ${budget.goal}` : ""})`);
  }
}
