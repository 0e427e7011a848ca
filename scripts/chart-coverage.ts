// npm run coverage:chart: which branches of the chart's templates the ci/ files and a sample of
// the parity test's random values files pass through, on real Helm (test/chart-coverage.ts).
import fc from "fast-check";
import { arbitraryRelease, arbitraryValues } from "../test/arbitrary-values";
import { branchesSeen, instrumentChart } from "../test/chart-coverage";
import { ciScenarios } from "../test/ci-values";
import { mapLimit } from "../test/helm";
import { validateValues } from "../src/render/validate";

const SAMPLE = Number(process.env.COVERAGE_SAMPLE ?? 200);
const chart = instrumentChart();
const seenByCi = new Set<string>();
for (const scenario of [{ values: {} }, ...ciScenarios()]) for (const id of await branchesSeen(chart, scenario.values)) seenByCi.add(id);

const random = fc
  .sample(fc.record({ values: arbitraryValues, release: arbitraryRelease }), { numRuns: SAMPLE * 2, seed: 42 })
  .filter((draw) => validateValues(draw.values, draw.release.releaseName).problems.length === 0)
  .slice(0, SAMPLE);
const seen = new Set(seenByCi);
for (const ids of await mapLimit(random, 4, (draw) => branchesSeen(chart, draw.values))) for (const id of ids) seen.add(id);

const total = new Set(chart.branches).size;
console.log(`template branches (templates/*.yaml and _pod.tpl): ${total}`);
console.log(`seen by ci/ files and the defaults: ${seenByCi.size}/${total}`);
console.log(`seen with ${random.length} random values files (parity test's generator, seed 42): ${seen.size}/${total}`);
const unseen = chart.branches.filter((id) => !seen.has(id));
if (unseen.length) console.log(`never seen: ${unseen.join(", ")}`);
process.exitCode = unseen.length ? 1 : 0;
