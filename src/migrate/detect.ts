// Which chart and version a values file was written for, from the keys it uses: each release of
// dagger's chart and of the fork reads some keys and ignores the rest (the upstream model says
// which), and keys no release read but this chart knows mean the file is for this chart.
import { unknownKeys } from "../values/unknown-keys";
import { ZValues } from "../values/schema";
import type { Table } from "../values/tree";
import { nodeAt, sectionFields } from "../values/walk";
import { ignoredKeys } from "./ignored-keys";
import { upstreamStates } from "./upstream/table";
import { UPSTREAM_TITLES, UPSTREAM_VERSIONS, type UpstreamChart, type UpstreamVersion } from "./upstream/versions";

export interface UpstreamMatch {
  chart: UpstreamChart;
  /** The releases that read the most of the file's keys, oldest first. */
  versions: string[];
  /** Keys of the file those releases ignore. */
  ignored: string[];
}

export interface Detection {
  /** Keys this chart knows that no release of either upstream read: the file is for this chart. */
  oursOnly: string[];
  /** The upstream releases that fit best, per chart (empty when the file is for this chart or has no keys). */
  matches: UpstreamMatch[];
  /** The release to migrate from unless the user says otherwise. */
  suggested?: UpstreamVersion;
  /** The finding in plain words. */
  summary: string;
}

const RELEASE = { releaseName: "release-name", namespace: "default" };

/**
 * Keys no upstream release read that its users still write, so they say nothing about the chart:
 * a parent chart's condition and shared values, and the fork's service account name (ignored).
 */
const UNTELLING_KEYS = new Set(["enabled", "global", "labels", "nodeSelector", "affinity", "engine.newServiceAccount.name"]);

/** Whether the schema has the key only to refuse it with the key to use instead (engine.image.args). */
function movedKey(path: string): boolean {
  const keys = path.split(".");
  const parent = nodeAt(ZValues, keys.slice(0, -1));
  const field = parent?.isSection ? sectionFields(parent).find(([name]) => name === keys.at(-1)) : undefined;
  return Boolean((field?.[1].meta() as { movedTo?: string } | undefined)?.movedTo);
}

function chartName(chart: UpstreamChart): string {
  return UPSTREAM_TITLES[chart].split(" (")[0] as string;
}

/** "0.1.0 to 0.12.7, 0.15.2": runs of consecutive releases. */
export function versionRanges(chart: UpstreamChart, versions: readonly string[]): string {
  const all = UPSTREAM_VERSIONS[chart];
  const runs: string[][] = [];
  for (const version of [...versions].sort((a, b) => all.indexOf(a) - all.indexOf(b))) {
    const run = runs.at(-1);
    if (run && all.indexOf(version) === all.indexOf(run.at(-1) as string) + 1) run.push(version);
    else runs.push([version]);
  }
  return runs.map((run) => (run.length === 1 ? run[0] : `${run[0]} to ${run.at(-1)}`)).join(", ");
}

/** Which chart and version the values were written for, as far as their keys tell. */
export function detectUpstream(values: Table): Detection {
  if (!Object.keys(values).length) return { oursOnly: [], matches: [], summary: "The file sets no value, so it fits every chart." };
  const states = (["vendor", "fork"] as const).flatMap((chart) =>
    upstreamStates(chart).map((state) => ({
      chart,
      versions: state.versions,
      ignored: ignoredKeys({ chart, version: state.versions[0] as string }, values, RELEASE).map((path) => path.join(".")),
    })),
  );
  const unknown = new Set(unknownKeys(values).map((key) => key.path));
  const ignoredByAll = states.reduce<string[]>((common, state) => common.filter((key) => state.ignored.includes(key)), states[0]?.ignored ?? []);
  const oursOnly = ignoredByAll.filter((key) => !unknown.has(key) && !UNTELLING_KEYS.has(key) && !movedKey(key));
  if (oursOnly.length) {
    return { oursOnly, matches: [], summary: `Written for this chart: no release of dagger's chart or the fork read ${oursOnly.join(", ")}.` };
  }
  // Keys every release ignores tell nothing apart; the releases that ignore the fewest others fit best.
  const telling = states.map((state) => ({ ...state, ignored: state.ignored.filter((key) => !ignoredByAll.includes(key)) }));
  const fewest = Math.min(...telling.map((state) => state.ignored.length));
  const matches: UpstreamMatch[] = [];
  for (const chart of ["vendor", "fork"] as const) {
    const best = telling.filter((state) => state.chart === chart && state.ignored.length === fewest);
    if (best.length) matches.push({ chart, versions: best.flatMap((state) => [...state.versions]), ignored: best[0]?.ignored ?? [] });
  }
  const preferred = matches.find((match) => match.chart === "vendor") ?? matches[0];
  const suggested = preferred && { chart: preferred.chart, version: preferred.versions.at(-1) as string };
  const fits = matches.map((match) => `${chartName(match.chart)} ${versionRanges(match.chart, match.versions)}`).join(", or ");
  const everyone = ignoredByAll.length ? ` No release read ${ignoredByAll.join(", ")}.` : "";
  const summary = fewest
    ? `Closest: ${fits}, which ignore${matches.length === 1 && matches[0]?.versions.length === 1 ? "s" : ""} ${matches[0]?.ignored.join(", ")}.${everyone}`
    : `Written for ${fits}: those releases read every other key of the file.${everyone}`;
  return { oursOnly, matches, suggested, summary };
}
