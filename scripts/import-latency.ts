// A large import in the wizard's production build in Chromium: a values.yaml of about a
// megabyte of labels (test/large-values.ts, made here, never committed), from choosing the file
// to the wizard showing it, how long the page's main thread was held meanwhile, typing into a
// values field after it (Event Timing, and the time until the manifests show the keystroke), and
// a reload that opens the saved megabyte. Measures only; no test asserts timings (they depend on
// the machine). Targets from issue 9: the import within 3 s, a keystroke after it within 100 ms.
// Usage: npm run build && npx tsx scripts/import-latency.ts [--dist dist] [--keys 20] [--runs 2]
import type { Page } from "playwright-core";
import { largeLabelsValues } from "../test/large-values";
import { benchOptions, pageLoaded, startBench, typeInto } from "./bench-browser";
import { interactionStats, statsText, type TSeries } from "./bench-report";

const { DIST, KEYS, RUNS } = benchOptions();
export const IMPORT_TARGET_MS = 3000;
export const KEY_TARGET_MS = 100;

/** Long tasks of the page's main thread (50 ms or more), kept from the page's start. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
`;

interface TImportRun {
  /** Playwright's copy of the file into the page (base64 over CDP), before the input's change event: a file picker has none. */
  copied: number;
  /** File chosen (the input's change event, when the page has the file) to the dialog saying what it understood. */
  understood: number;
  /** Import pressed to the manifests tab showing the file's first label. */
  shown: number;
  /** The longest main-thread task from choosing the file to the manifests shown. */
  longestTask: number;
  typed: { interactions: number[]; preview: number[]; timeouts: number };
  /** Reload with the saved megabyte: LCP, and the preview's manifests showing the labels again. */
  reload: { lcp: number; shown: number };
}

async function importOnce(page: Page, text: string): Promise<Omit<TImportRun, "typed" | "reload">> {
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "manifests" }).click();
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  const input = dialog.locator("input[type=file]");
  await input.waitFor({ state: "attached" });
  // When the page has the file, as when a user picks one in the browser's dialog.
  await page.evaluate(`window.__fileChosen = 0; document.addEventListener("change", (event) => { if (event.target.type === "file") window.__fileChosen = performance.now(); }, { capture: true, once: true }); undefined`);
  const started = (await page.evaluate("performance.now()")) as number;
  await input.setInputFiles({ name: "large-values.yaml", mimeType: "application/yaml", buffer: Buffer.from(text) });
  await dialog.getByText(/^Understood/).waitFor({ timeout: 300_000 });
  const chosen = Number(await page.evaluate("window.__fileChosen"));
  if (!chosen) throw new Error("the file input's change event was not seen");
  const understood = ((await page.evaluate("performance.now()")) as number) - chosen;
  await page.evaluate(`window.__pending = window.__benchWait("line", "team.example.com/label-00000: value-0"); undefined`);
  const pressed = (await page.evaluate("performance.now()")) as number;
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  const painted = Number(await page.evaluate("window.__pending"));
  if (painted < 0) throw new Error("the manifests did not show the imported labels within 10 s");
  const shown = ((await page.evaluate("performance.now()")) as number) - pressed;
  const tasks = (await page.evaluate("window.__longTasks")) as { start: number; duration: number }[];
  const longestTask = Math.max(0, ...tasks.filter((task) => task.start + task.duration >= started).map((task) => task.duration));
  return { copied: chosen - started, understood, shown, longestTask };
}

async function reload(page: Page): Promise<TImportRun["reload"]> {
  // The save waits for a pause in typing; leaving the page saves at once.
  await page.waitForTimeout(1000);
  const started = Date.now();
  await page.reload();
  const { lcp } = await pageLoaded(page);
  await page.getByRole("region", { name: "Preview" }).getByRole("tab", { name: "manifests" }).click();
  await page.locator('[aria-label="Preview"] .view-line', { hasText: "team.example.com/label-00000: value-0" }).first().waitFor({ timeout: 120_000 });
  return { lcp, shown: Date.now() - started };
}

export async function importLatency(dist: string, keys: number, runs: number): Promise<void> {
  const { text, labels } = largeLabelsValues();
  const bench = await startBench(dist);
  const results: TImportRun[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await bench.browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript((await import("./bench-page")).IN_PAGE);
      await context.addInitScript(LONG_TASKS);
      const page = await context.newPage();
      await page.goto(bench.url);
      await pageLoaded(page);
      const imported = await importOnce(page, text);
      const typed = await typeInto(page, "values", "manifests", keys, "", false);
      results.push({ ...imported, typed, reload: await reload(page) });
      await context.close();
    }
  } finally {
    await bench.close();
  }
  const range = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ms`;
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  const slowest = Math.max(...results.map((run) => run.understood + run.shown));
  console.log(`Import of a ${(text.length / 1e6).toFixed(2)} MB values.yaml (${labels.toLocaleString("en")} labels) in Chromium at 1x, ${runs} runs:`);
  console.log(`  file chosen to understood ${range(results.map((run) => run.understood))}; Import pressed to the manifests shown ${range(results.map((run) => run.shown))}`);
  console.log(`  (not counted: Playwright's copy of the file into the page before its change event, ${range(results.map((run) => run.copied))}; a file picker hands the page the file)`);
  console.log(`  whole import ${range(results.map((run) => run.understood + run.shown))} [target ≤ ${IMPORT_TARGET_MS} ms: ${verdict(slowest <= IMPORT_TARGET_MS)}]`);
  console.log(`  longest main-thread task during it ${range(results.map((run) => run.longestTask))} (the page answers between tasks)`);
  const series: TSeries = { keys, interactions: results.map((run) => run.typed.interactions), preview: results.map((run) => run.typed.preview), timeouts: results.reduce((sum, run) => sum + run.typed.timeouts, 0) };
  const interaction = interactionStats(series);
  // The manifests' first lines do not show the name override (the file's labels come first), so only the interactions are measured.
  console.log(`  typing after it, values field (Name override, a key the file does not have), manifests tab open, ${keys} keystrokes 100 ms apart a run:`);
  console.log(`    interaction ${statsText(interaction, true)} [target p95 ≤ ${KEY_TARGET_MS} ms: ${verdict(interaction.p95 <= KEY_TARGET_MS)}]`);
  console.log(`  reload with it saved: LCP ${range(results.map((run) => run.reload.lcp))}; manifests shown ${range(results.map((run) => run.reload.shown))} after the reload began`);
}

if (import.meta.url === `file://${process.argv[1]}`) await importLatency(DIST, KEYS, RUNS);
