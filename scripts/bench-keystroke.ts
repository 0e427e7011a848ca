// The values worker's work per keystroke as the file grows (issue 13: the cost of a key must not
// grow beyond the changed node and the render): a form field's write into the text, the reading
// of the written text and its manifests, as values.worker.ts does them, in this process. The
// browser bench's curve is the page's main thread; this is the other thread. A check that loops
// over the file for each of its entries (engine.env's duplicate check did, until it used a set:
// 174 ms a key at 1 MB) shows here as a cost that outgrows the manifests.
import { performance } from "node:perf_hooks";
import { wizardReading, wizardValuesReading, writeField } from "../src/index";
import type { Budget } from "./bench-budgets";
import { benchValuesText } from "./bench-values";

const SIZES_KB = [1, 25, 100, 1000];
/**
 * At most this much more per megabyte of manifests at the largest size than at 100 KB. A megabyte's
 * key costs ~2x per MB already: its garbage (a megabyte's document and 1.5 MB of manifests a key)
 * is over a quarter of its time in a CPU profile, against a sixth at 100 KB. The env check that compared
 * each entry with every earlier one measured 3.8x.
 */
const GROWTH_GOAL = 3;
const release = { name: "bench", namespace: "dagger" };

interface TPoint {
  kb: number;
  medianMs: number;
  p95Ms: number;
  manifestsMb: number;
}

/** A name not typed before: the core's caches of written strings never answer for it. */
const nameFor = (key: number) => `dagger-${key.toString(36)}`;

function pointAt(kb: number): TPoint {
  let text = benchValuesText(kb);
  const keys = kb >= 1000 ? 12 : 60;
  let manifestsChars = 0;
  let key = 0;
  const keystroke = () => {
    text = writeField(text, "nameOverride", nameFor(key++)).text;
    const reading = wizardReading({ release, valuesText: text }, wizardValuesReading({ release, valuesText: text }));
    if (!reading.manifests?.ok) throw new Error(`the ${kb} KB bench file did not render`);
    manifestsChars = reading.manifests.manifestsText.length;
  };
  // The page's first reading, then keys enough for the JIT to settle.
  wizardReading({ release, valuesText: text });
  for (let warm = 0; warm < keys / 2; warm++) keystroke();
  const samples = Array.from({ length: keys }, () => {
    const start = performance.now();
    keystroke();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return {
    kb,
    medianMs: samples[Math.floor(samples.length / 2)]!,
    p95Ms: samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]!,
    manifestsMb: manifestsChars / 1024 / 1024,
  };
}

export function keystrokeBudget(): Budget {
  const points = SIZES_KB.map(pointAt);
  console.log("\nThe values worker's work per keystroke in Node (a field's write, the reading and the manifests; median / p95):");
  for (const point of points) {
    console.log(`  ${String(point.kb).padStart(4)} KB values.yaml: ${point.medianMs.toFixed(1)} / ${point.p95Ms.toFixed(1)} ms, manifests ${point.manifestsMb.toFixed(2)} MB, ${(point.medianMs / point.manifestsMb).toFixed(0)} ms per MB of manifests`);
  }
  const perMb = (point: TPoint) => point.medianMs / point.manifestsMb;
  const middle = points.find((point) => point.kb === 100)!;
  const largest = points.at(-1)!;
  const growth = perMb(largest) / perMb(middle);
  return {
    what: `a keystroke's work in the values worker per MB of manifests, ${largest.kb} KB against ${middle.kb} KB`,
    measured: `${perMb(largest).toFixed(0)} vs ${perMb(middle).toFixed(0)} ms per MB (${growth.toFixed(1)}x)`,
    budget: `≤ ${GROWTH_GOAL}x (it grows with the render, not faster)`,
    met: growth <= GROWTH_GOAL,
  };
}
