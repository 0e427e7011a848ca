// Figures of the wizard bench (preview-latency.ts): percentiles over all keystrokes of a
// combination, the spread of its p95 over the runs, and the table printed beside the targets.

/** One combination's samples, per run. Event Timing reports only interactions of 16 ms or more: the others count as under 16. */
export interface TSeries {
  keys: number;
  /** Interaction durations of 16 ms or more, per run. */
  interactions: number[][];
  /** Keystroke to preview painted, per run (empty when nothing in that tab shows the change). */
  preview: number[][];
  /** Keystrokes whose preview did not show within 10 s. */
  timeouts: number;
}

/** An interaction: its duration, its input delay and the time in its handlers (Event Timing). */
export interface TInteraction {
  duration: number;
  delay: number;
  handlers: number;
}

export interface TStats {
  p50: number;
  p95: number;
  max: number;
  /** The lowest and highest p95 of the runs. */
  spread: [number, number];
}

export function percentile(samples: readonly number[], q: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Interaction stats: each run's keystrokes without an entry count as 0 (under 16 ms). */
export function interactionStats(series: TSeries): TStats {
  const padded = series.interactions.map((run) => [...run, ...Array<number>(Math.max(0, series.keys - run.length)).fill(0)]);
  return stats(padded);
}

export function previewStats(series: TSeries): TStats | undefined {
  return series.preview.some((run) => run.length) ? stats(series.preview.filter((run) => run.length)) : undefined;
}

function stats(runs: number[][]): TStats {
  const all = runs.flat();
  const p95s = runs.map((run) => percentile(run, 0.95));
  return { p50: percentile(all, 0.5), p95: percentile(all, 0.95), max: Math.max(...all), spread: [Math.min(...p95s), Math.max(...p95s)] };
}

/** Milliseconds, with Event Timing's floor: 0 means "under 16 ms" (no entry). */
export function ms(value: number, floor = false): string {
  if (Number.isNaN(value)) return "n/a";
  if (floor && value < 16) return "<16";
  return `${Math.round(value)}`;
}

export function statsText(stats: TStats | undefined, floor = false): string {
  if (!stats) return "n/a (nothing in this tab shows it)";
  return `p50 ${ms(stats.p50, floor)} / p95 ${ms(stats.p95, floor)} / max ${ms(stats.max, floor)} ms (p95 over runs ${ms(stats.spread[0], floor)}–${ms(stats.spread[1], floor)})`;
}

export interface TVerdict {
  target: string;
  met: boolean;
}

/** The targets for a combination: the typed character within a frame at 1x, the preview within 50/150/100 ms. */
export function targets(rate: number, documentKb: number, interaction: TStats, preview: TStats | undefined): { interaction?: TVerdict; preview?: TVerdict } {
  const out: { interaction?: TVerdict; preview?: TVerdict } = {};
  if (rate === 1) out.interaction = { target: "p95 ≤ 16 ms", met: interaction.p95 <= 16 };
  const limit = documentKb === 0 ? (rate === 1 ? 50 : rate === 4 ? 150 : undefined) : rate === 1 && documentKb >= 100 ? 100 : undefined;
  if (preview && limit !== undefined) out.preview = { target: `p95 ≤ ${limit} ms`, met: preview.p95 <= limit };
  return out;
}

export function verdictText(verdict: TVerdict | undefined): string {
  return verdict ? ` [target ${verdict.target}: ${verdict.met ? "met" : "NOT met"}]` : "";
}

/**
 * Where the interactions over one frame went: the page's own part (input delay, handlers) against
 * the duration. A late key with a small own part waited for the browser's next frame.
 */
export function lateKeysText(late: readonly TInteraction[], keys: number): string {
  if (!late.length) return `no keystroke over one frame (of ${keys})`;
  const p95 = (values: number[]) => percentile(values, 0.95).toFixed(1);
  return `${late.length} of ${keys} keystrokes over one frame; in them, input delay p95 ${p95(late.map((key) => key.delay))} ms and handlers p95 ${p95(late.map((key) => key.handlers))} ms of a p95 ${ms(percentile(late.map((key) => key.duration), 0.95))} ms (the rest is the frame: the wait for it, its rendering and its presentation)`;
}
