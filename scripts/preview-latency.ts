// What the user feels while typing into the wizard's production build in Chromium, measured with
// the browser's Event Timing API (each interaction's duration: handlers, style, layout and the
// next paint, INP-style) and the time from a keystroke to the paint that shows it in the preview.
// Typing into a values field (Name override), the release name and the values.yaml editor, with
// the values.yaml, manifests and changes tab open, at 1x and 4x CPU throttling (CDP), with an
// empty document and a 100 KB values.yaml; LCP and time to editor ready at 4x; the cost of a
// keystroke at 1, 25 and 100 KB. Measures only; no test asserts timings (they depend on the machine).
// Usage: npm run build && npx tsx scripts/preview-latency.ts [--dist dist] [--keys 20] [--runs 2] [--json]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { INTERACTIONS, IN_PAGE } from "./bench-page";
import { interactionStats, previewStats, statsText, targets, verdictText, type TSeries } from "./bench-report";
import { benchValuesText } from "./bench-values";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const DIST = option("dist", "dist");
/** Keystrokes per combination and run: the name grows by half of them and shrinks back. */
const KEYS = Math.max(2, Math.round(Number(option("keys", "20")) / 2) * 2);
const RUNS = Number(option("runs", "2"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SAVED_STATE_KEY = "dagger-helm-wizard:v2";

type TField = "values" | "release" | "editor";
type TTab = "values.yaml" | "manifests" | "changes";
const COMBINATIONS: [TField, TTab][] = [
  ["values", "values.yaml"],
  ["values", "manifests"],
  ["values", "changes"],
  ["release", "values.yaml"],
  ["release", "manifests"],
  ["release", "changes"],
  // The editor is in the values.yaml tab: the other tabs cannot be open while typing into it.
  ["editor", "values.yaml"],
];

/** What shows a keystroke's result in the open tab: a line of the preview, or the form's field. */
function expected(field: TField, tab: TTab, name: string): { kind: "line" | "input"; text: string } | undefined {
  if (field === "editor") return { kind: "input", text: name };
  if (field === "values") return { kind: "line", text: tab === "manifests" ? `app.kubernetes.io/name: ${name}` : `nameOverride: ${name}` };
  // The release name is in no values text: only the manifests show it (the changes view hides lines equal on both sides).
  return tab === "manifests" ? { kind: "line", text: `app.kubernetes.io/instance: ${name}` } : undefined;
}

async function openPage(browser: Browser, url: string, rate: number, text: string): Promise<{ page: Page; close: () => Promise<void>; lcp: number; editorReady: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(IN_PAGE);
  if (text) await context.addInitScript(`localStorage.setItem(${JSON.stringify(SAVED_STATE_KEY)}, ${JSON.stringify(JSON.stringify({ n: "dagger", s: "dagger", t: text }))})`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.goto(url);
  await page.locator('[aria-label="Preview"] .monaco-editor .view-line').first().waitFor({ timeout: 120_000 });
  await page.getByRole("textbox", { name: "Name override", exact: true }).waitFor({ timeout: 120_000 });
  const { lcp, editorReady } = (await page.evaluate("({ lcp: __bench.lcp, editorReady: __bench.editorReady })")) as { lcp: number; editorReady: number };
  return { page, close: () => context.close(), lcp, editorReady };
}

/** Types KEYS keystrokes into a field with a tab open; the interactions' durations and the preview times. */
async function typeInto(page: Page, field: TField, tab: TTab): Promise<{ interactions: number[]; preview: number[]; timeouts: number; mainThreadMs: number }> {
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: tab }).click();
  await preview.locator(".monaco-editor .view-line").first().waitFor({ timeout: 60_000 });
  const nameOverride = page.getByRole("textbox", { name: "Name override", exact: true });
  if ((await nameOverride.inputValue()) !== "dagger") await nameOverride.fill("dagger");
  if (field === "editor") {
    await preview.locator(".view-line", { hasText: "nameOverride:" }).first().click();
  } else {
    await page.getByRole("textbox", { name: field === "release" ? "Release name" : "Name override", exact: true }).click();
  }
  await page.keyboard.press("End");
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskSeconds = async () => ((await cdp.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0);
  await page.evaluate("window.__bench.events = []");
  const before = await taskSeconds();
  let name = "dagger";
  const previewTimes: number[] = [];
  let timeouts = 0;
  for (let index = 0; index < KEYS; index++) {
    const growing = index < KEYS / 2;
    const key = growing ? String.fromCharCode(97 + (index % 26)) : "Backspace";
    const next = growing ? name + key : name.slice(0, -1);
    const shown = expected(field, tab, next);
    // Armed before the key, and not awaited: evaluate would wait for the promise.
    if (shown) await page.evaluate(`window.__pending = window.__benchWait(${JSON.stringify(shown.kind)}, ${JSON.stringify(shown.text)}); undefined`);
    await page.keyboard.press(key);
    if (shown) {
      const took = Number(await page.evaluate("window.__pending"));
      if (took < 0) timeouts++;
      else previewTimes.push(took);
    } else {
      await page.waitForTimeout(50);
    }
    name = next;
  }
  await page.waitForTimeout(300);
  const mainThreadMs = ((await taskSeconds()) - before) * 1000;
  await cdp.detach();
  return { interactions: (await page.evaluate(INTERACTIONS)) as number[], preview: previewTimes, timeouts, mainThreadMs };
}

const empty = (): TSeries => ({ keys: KEYS, interactions: [], preview: [], timeouts: 0 });

async function main() {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/index.html is missing: run npm run build first`);
  const port = await freePort();
  const server = spawn(process.execPath, ["node_modules/vite/bin/vite.js", "preview", "--outDir", DIST, "--host", "127.0.0.1", "--strictPort", "--port", String(port)], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const results: { rate: number; documentKb: number; field: TField; tab: TTab; series: TSeries }[] = [];
  const loads: { rate: number; documentKb: number; lcp: number[]; editorReady: number[] }[] = [];
  const cost: { documentKb: number; mainThreadMs: number[]; interactions: TSeries; preview: TSeries }[] = [];
  try {
    await waitForServer(url);
    const documents = [0, 100].map((kb) => ({ kb, text: kb ? benchValuesText(kb) : "" }));
    for (const rate of [1, 4]) {
      for (const document of documents) {
        const load = { rate, documentKb: document.kb, lcp: [] as number[], editorReady: [] as number[] };
        loads.push(load);
        const mine = COMBINATIONS.map(([field, tab]) => ({ rate, documentKb: document.kb, field, tab, series: empty() }));
        results.push(...mine);
        for (let run = 0; run < RUNS; run++) {
          const opened = await openPage(browser, url, rate, document.text);
          load.lcp.push(opened.lcp);
          load.editorReady.push(opened.editorReady);
          for (const entry of mine) {
            const typed = await typeInto(opened.page, entry.field, entry.tab);
            entry.series.interactions.push(typed.interactions);
            entry.series.preview.push(typed.preview);
            entry.series.timeouts += typed.timeouts;
          }
          await opened.close();
        }
        process.stderr.write(`measured ${rate}x, ${document.kb ? `${document.kb} KB` : "empty document"}\n`);
      }
    }
    // The cost of a keystroke as the file grows: a values field with the manifests open, at 1x.
    for (const kb of [1, 25, 100]) {
      const entry = { documentKb: kb, mainThreadMs: [] as number[], interactions: empty(), preview: empty() };
      for (let run = 0; run < RUNS; run++) {
        const opened = await openPage(browser, url, 1, benchValuesText(kb));
        const typed = await typeInto(opened.page, "values", "manifests");
        entry.mainThreadMs.push(typed.mainThreadMs / KEYS);
        entry.interactions.interactions.push(typed.interactions);
        entry.preview.preview.push(typed.preview);
        await opened.close();
      }
      cost.push(entry);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  report(results, loads, cost);
}

function report(
  results: { rate: number; documentKb: number; field: TField; tab: TTab; series: TSeries }[],
  loads: { rate: number; documentKb: number; lcp: number[]; editorReady: number[] }[],
  cost: { documentKb: number; mainThreadMs: number[]; interactions: TSeries; preview: TSeries }[],
) {
  const label = { values: "values field (Name override)", release: "release name", editor: "values.yaml editor" };
  console.log(`Typing in Chromium (${KEYS} keystrokes per combination and run, ${RUNS} runs; Event Timing interaction duration, and keystroke to preview painted):`);
  for (const { rate, documentKb, field, tab, series } of results) {
    const interaction = interactionStats(series);
    const preview = previewStats(series);
    const verdict = targets(rate, documentKb, interaction, preview);
    console.log(`  ${rate}x, ${documentKb ? `${documentKb} KB values.yaml` : "empty document"}, ${label[field]}, ${tab} tab open:`);
    console.log(`    interaction ${statsText(interaction, true)}${verdictText(verdict.interaction)}`);
    console.log(`    preview     ${statsText(preview)}${verdictText(verdict.preview)}${series.timeouts ? ` (${series.timeouts} keystrokes not shown within 10 s)` : ""}`);
  }
  console.log("Page load (the values.yaml tab open):");
  for (const { rate, documentKb, lcp, editorReady } of loads) {
    const range = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ms`;
    const lcpTarget = rate === 4 && documentKb === 0 ? ` [target LCP ≤ 1500 ms: ${Math.max(...lcp) <= 1500 ? "met" : "NOT met"}]` : "";
    console.log(`  ${rate}x, ${documentKb ? `${documentKb} KB values.yaml` : "empty document"}: LCP ${range(lcp)}${lcpTarget}; values editor ready ${range(editorReady)}`);
  }
  console.log("Cost of a keystroke as the file grows (values field, manifests tab, 1x): main-thread task time per keystroke; interaction; preview");
  for (const { documentKb, mainThreadMs, interactions, preview } of cost) {
    const main = mainThreadMs.reduce((sum, value) => sum + value, 0) / mainThreadMs.length;
    console.log(`  ${String(documentKb).padStart(3)} KB: ${main.toFixed(1)} ms main thread; interaction ${statsText(interactionStats(interactions), true)}; preview ${statsText(previewStats(preview))}`);
  }
  if (args.includes("--json")) console.log(`BENCH_JSON ${JSON.stringify({ keys: KEYS, runs: RUNS, results, loads, cost })}`);
}

async function waitForServer(target: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(target)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${target}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

await main();
