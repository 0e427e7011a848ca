// npm run bench: how much faster the TypeScript core renders than a `helm template` process, on
// the same values, for the defaults and for every feature on (test/maximal-values.ts). The
// wizard re-renders on every keystroke, so the core must stay far below a Helm round trip.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { CHART_DIR, helmPath, HELM_MAJORS, valuesFile } from "../test/helm";
import { maximalValues } from "../test/maximal-values";
import { manifestsText, renderManifests } from "../src/index";

const ROUNDS = 15;
/** Core renders per round: their median is one round's core time. */
const CORE_RUNS = 200;
const GOAL = 200;
const release = { releaseName: "bench", namespace: "dagger" };

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timeOnce(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/**
 * Rounds of the core (the median of CORE_RUNS renders: validation, rendering and the YAML text,
 * as the wizard does) beside one `helm template` process of each major on the same values. This
 * VM runs in slow and fast phases of a few seconds (the same renders take 0.3 or 0.6 ms), so each
 * round's ratio compares the two under the same phase; the figure is the median round.
 */
function benchRounds(values: unknown) {
  const render = () => manifestsText(renderManifests(values, release));
  for (let i = 0; i < 200; i++) render(); // let the JIT settle before measuring
  const args = ["template", release.releaseName, CHART_DIR, "-n", release.namespace, "-f", valuesFile(values)];
  const helm = (major: (typeof HELM_MAJORS)[number]) => () => execFileSync(helmPath(major), args, { stdio: ["ignore", "pipe", "pipe"] });
  for (const major of HELM_MAJORS) helm(major)(); // the first run pays for loading the binary from disk
  const core: number[] = [];
  const helmTimes = HELM_MAJORS.map((): number[] => []);
  const ratios = HELM_MAJORS.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    const helmMs = HELM_MAJORS.map((major) => timeOnce(helm(major)));
    // The processes' exit leaves the machine busy for a moment: the core's renders right after
    // took twice as long as the same renders a moment later, which a keystroke never meets.
    for (let i = 0; i < CORE_RUNS; i++) render();
    const coreMs = median(Array.from({ length: CORE_RUNS }, () => timeOnce(render)));
    core.push(coreMs);
    helmMs.forEach((ms, index) => {
      helmTimes[index]!.push(ms);
      ratios[index]!.push(ms / coreMs);
    });
  }
  const spread = ratios.map((list) => [Math.min(...list), Math.max(...list)] as const);
  return { core: median(core), helm: helmTimes.map(median), ratios: ratios.map(median), spread };
}

const configs: [name: string, values: unknown][] = [
  ["default", {}],
  ["maximal", maximalValues],
];

const rows = configs.map(([name, values]) => ({ name, ...benchRounds(values) }));

const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
const times = (value: number) => `${Math.round(value)}x`;
const header = ["values", `core (median of ${ROUNDS} rounds)`, ...HELM_MAJORS.map((major) => `helm ${major} (median)`), ...HELM_MAJORS.map((major) => `vs helm ${major} (median round)`)];
const table = [header, ...rows.map((row) => [row.name, ms(row.core), ...row.helm.map(ms), ...row.ratios.map(times)])];
const widths = header.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");

console.log(`Render time of ${release.releaseName} in ${release.namespace}: core = renderManifests + manifestsText (median of ${CORE_RUNS} a round); helm = a \`helm template\` process, one of each major a round`);
console.log(line(table[0]!));
console.log(widths.map((width) => "-".repeat(width)).join("  "));
for (const cells of table.slice(1)) console.log(line(cells));
for (const row of rows) {
  console.log(`${row.name}: ratio per round ${row.spread.map(([low, high], index) => `vs helm ${HELM_MAJORS[index]} ${times(low)}–${times(high)}`).join(", ")}`);
}
const worst = Math.min(...rows.flatMap((row) => row.ratios));
console.log(`\nslowest ratio ${times(worst)}; goal ${GOAL}x: ${worst >= GOAL ? "met" : "NOT met"}`);

// The wizard's budgets: build size, the command line on a megabyte, then what typing and a large
// import feel like (skip all with --core-only; the typing figures with --no-typing, the import's
// with --no-import; --keys and --runs size them).
if (!process.argv.includes("--core-only")) {
  const { bundleBudgets, importBudgets, printBudgets, shareLinkBudget, typingBudgets } = await import("./bench-budgets");
  const { largeCliBudget } = await import("./bench-large-cli");
  const { keystrokeBudget } = await import("./bench-keystroke");
  const budgets = [
    { what: "render speed, slowest ratio to a helm template process", measured: times(worst), budget: `≥ ${GOAL}x (goal)`, met: worst >= GOAL },
    shareLinkBudget(),
    largeCliBudget(),
    keystrokeBudget(),
    ...bundleBudgets(),
  ];
  printBudgets(budgets);
  const option = (name: string, fallback: number) => {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 ? Number(process.argv[index + 1]) : fallback;
  };
  if (!process.argv.includes("--no-import")) {
    console.log("");
    importBudgets(option("keys", 20), option("runs", 2));
  }
  if (!process.argv.includes("--no-typing")) {
    console.log("");
    typingBudgets(option("keys", 20), option("runs", 2));
  }
}
