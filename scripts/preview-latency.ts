// What the user feels while typing into the wizard's production build in Chromium, measured with
// the browser's Event Timing API (each interaction's duration: handlers, style, layout and the
// next paint, INP-style) and the time from a keystroke to the paint that shows it in the preview.
// Typing into a values field (Name override), the release name and the values.yaml editor, with
// the values.yaml, manifests and changes tab open, at 1x and 4x CPU throttling (CDP), with an
// empty document and a 100 KB values.yaml; LCP and time to editor ready at 4x; the cost of a
// keystroke at 1, 25 and 100 KB; and at each rate the machine's floor, the same keystrokes into a
// bare <input> page, which no page can beat here, and for the values.yaml editor into that editor
// alone on a page (scripts/bench-floor): what Monaco itself costs with each document. Each 1x
// row also names its keystrokes over one frame and the page's part of them (input delay and
// handlers), so a late frame can be told from late code, and types the same keys again at a
// typist's pace (the rows' own keys come as soon as the preview shows the last one: each comes
// at the same moment after the preview's frame). Measures only; no test asserts timings (they
// depend on the machine).
// Usage: npm run build && npx tsx scripts/preview-latency.ts [--dist dist] [--keys 20] [--runs 2] [--json]
//   [--rates 1,4] [--documents 0,100] [--tabs values.yaml,manifests,changes] [--costs 1,25,100] (parts of it)
import { benchOptions, buildEditorAlone, openPage, serveBuild, startBench, typeInto, typeIntoBareInput, typeIntoEditorAlone, type TField, type TTab } from "./bench-browser";
import { interactionStats, lateKeysText, previewStats, statsText, targets, verdictText, type TInteraction, type TSeries } from "./bench-report";
import { benchValuesText } from "./bench-values";

const { option, DIST, KEYS, RUNS } = benchOptions();
const list = (name: string, fallback: string) => option(name, fallback).split(",").filter(Boolean);
const RATES = list("rates", "1,4").map(Number);
const DOCUMENTS = list("documents", "0,100").map(Number);
const TABS = list("tabs", "values.yaml,manifests,changes");
const COSTS = list("costs", "1,25,100").map(Number);

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

const empty = (): TSeries => ({ keys: KEYS, interactions: [], preview: [], timeouts: 0 });

/** Where the page with the values.yaml editor alone is built. */
const EDITOR_ALONE_DIST = ".cache/editor-alone";

async function main() {
  const { url, browser, close } = await startBench(DIST);
  const withEditor = TABS.includes("values.yaml");
  if (withEditor) await buildEditorAlone(EDITOR_ALONE_DIST);
  const editorAlone = withEditor ? await serveBuild(EDITOR_ALONE_DIST) : undefined;
  const results: TResult[] = [];
  const loads: TLoad[] = [];
  const cost: TCost[] = [];
  console.log(`Typing in Chromium: ${KEYS} keystrokes per combination and run, ${RUNS} runs. "interaction": Event Timing duration (input to the next paint,`);
  console.log(`INP-style; entries under 16 ms are not reported and count as <16); "preview": keystroke to the paint that shows it in the open tab.`);
  console.log(`CPU throttling (CDP) slows the page's main thread only: Chromium does not throttle a Web Worker, so at 4x the values worker runs at full speed.`);
  try {
    const documents = DOCUMENTS.map((kb) => ({ kb, text: kb ? benchValuesText(kb) : "" }));
    for (const rate of RATES) {
      const floor = empty();
      for (let run = 0; run < RUNS; run++) floor.interactions.push(await typeIntoBareInput(browser, rate, KEYS));
      console.log(`  ${rate}x, the machine's floor: the same keystrokes into a bare <input> page: interaction ${statsText(interactionStats(floor), true)}`);
      for (const document of documents) {
        const load = { rate, documentKb: document.kb, lcp: [] as number[], editorReady: [] as number[] };
        loads.push(load);
        const mine = COMBINATIONS.filter(([, tab]) => TABS.includes(tab)).map(([field, tab]) => ({ rate, documentKb: document.kb, field, tab, series: empty(), late: [] as TInteraction[], paced: empty() }));
        results.push(...mine);
        for (let run = 0; run < RUNS; run++) {
          const opened = await openPage(browser, url, rate, document.text);
          load.lcp.push(opened.lcp);
          load.editorReady.push(opened.editorReady);
          for (const entry of mine) {
            const typed = await typeInto(opened.page, entry.field, entry.tab, KEYS);
            entry.series.interactions.push(typed.interactions);
            entry.series.preview.push(typed.preview);
            entry.series.timeouts += typed.timeouts;
            entry.late.push(...typed.late);
            // At 1x, the same keystrokes again at a typist's pace: each key 100 ms after the last,
            // not right after the preview shows the last one.
            if (rate === 1) entry.paced.interactions.push((await typeInto(opened.page, entry.field, entry.tab, KEYS, "dagger", false)).interactions);
          }
          await opened.close();
        }
        printTyping(mine);
        if (editorAlone) {
          const alone = empty();
          for (let run = 0; run < RUNS; run++) alone.interactions.push(await typeIntoEditorAlone(browser, editorAlone.url, rate, KEYS, document.text));
          console.log(`  ${rate}x, ${document.kb ? `${document.kb} KB values.yaml` : "empty document"}, the editor's floor: the same keystrokes into the values.yaml editor alone on a page: interaction ${statsText(interactionStats(alone), true)}`);
        }
        printLoads([load]);
      }
    }
    // The cost of a keystroke as the file grows: a values field with the manifests open, at 1x.
    for (const kb of COSTS) {
      const entry = { documentKb: kb, mainThreadMs: [] as number[], interactions: empty(), preview: empty() };
      for (let run = 0; run < RUNS; run++) {
        const opened = await openPage(browser, url, 1, benchValuesText(kb));
        const typed = await typeInto(opened.page, "values", "manifests", KEYS);
        entry.mainThreadMs.push(typed.mainThreadMs / KEYS);
        entry.interactions.interactions.push(typed.interactions);
        entry.preview.preview.push(typed.preview);
        await opened.close();
      }
      cost.push(entry);
      printCost([entry]);
    }
  } finally {
    editorAlone?.close();
    await close();
  }
  if (process.argv.includes("--json")) console.log(`BENCH_JSON ${JSON.stringify({ keys: KEYS, runs: RUNS, results, loads, cost })}`);
}

type TResult = { rate: number; documentKb: number; field: TField; tab: TTab; series: TSeries; late: TInteraction[]; paced: TSeries };
type TLoad = { rate: number; documentKb: number; lcp: number[]; editorReady: number[] };
type TCost = { documentKb: number; mainThreadMs: number[]; interactions: TSeries; preview: TSeries };

const LABEL = { values: "values field (Name override)", release: "release name", editor: "values.yaml editor" };

function printTyping(results: TResult[]) {
  for (const { rate, documentKb, field, tab, series, late, paced } of results) {
    const interaction = interactionStats(series);
    const preview = previewStats(series);
    const verdict = targets(rate, documentKb, interaction, preview);
    console.log(`  ${rate}x, ${documentKb ? `${documentKb} KB values.yaml` : "empty document"}, ${LABEL[field]}, ${tab} tab open:`);
    console.log(`    interaction ${statsText(interaction, true)}${verdictText(verdict.interaction)}`);
    if (verdict.interaction) {
      console.log(`      ${lateKeysText(late, series.keys * series.interactions.length)}`);
      console.log(`      at a typist's pace (a key every 100 ms): interaction ${statsText(interactionStats(paced), true)}`);
    }
    console.log(`    preview     ${statsText(preview)}${verdictText(verdict.preview)}${series.timeouts ? ` (${series.timeouts} keystrokes not shown within 10 s)` : ""}`);
  }
}

function printLoads(loads: TLoad[]) {
  for (const { rate, documentKb, lcp, editorReady } of loads) {
    const range = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ms`;
    const lcpTarget = rate === 4 && documentKb === 0 ? ` [target LCP ≤ 1500 ms: ${Math.max(...lcp) <= 1500 ? "met" : "NOT met"}]` : "";
    console.log(`  page load at ${rate}x, ${documentKb ? `${documentKb} KB values.yaml` : "empty document"} (values.yaml tab): LCP ${range(lcp)}${lcpTarget}; values editor ready ${range(editorReady)}`);
  }
}

function printCost(cost: TCost[]) {
  for (const { documentKb, mainThreadMs, interactions, preview } of cost) {
    const main = mainThreadMs.reduce((sum, value) => sum + value, 0) / mainThreadMs.length;
    console.log(`  cost of a keystroke at ${String(documentKb).padStart(3)} KB (values field, manifests tab, 1x): ${main.toFixed(1)} ms main-thread tasks; interaction ${statsText(interactionStats(interactions), true)}; preview ${statsText(previewStats(preview))}`);
  }
}

await main();
