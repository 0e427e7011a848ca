// The upgrade check: what runs (a manifest, or values rendered with the chart they were written
// for) against what this chart renders from the current values, as a verdict list, the rendered
// differences and an exit code. The CLI's `upgrade-check` and the wizard's upgrade mode share it.
import { CHART } from "../chart/chart-meta";
import { detectUpstream, versionRanges, type Detection } from "../migrate/detect";
import { renderUpstream, upstreamImage } from "../migrate/upstream/upstream-render";
import { parseUpstreamVersion, UPSTREAM_TITLES, type UpstreamVersion } from "../migrate/upstream/versions";
import type { KubeObject } from "../render/context";
import { renderManifests } from "../render/index";
import { ValuesError } from "../values/validate";
import type { Table } from "../values/tree";
import { readDeployed, DeployedInputError } from "./deployed-input";
import { renderDiff, type ResourceDiff } from "./render-diff";
import { valueChanges, type ValueChange } from "./value-changes";
import { upgradeExitCode, type UpgradeVerdict } from "./verdict";
import { upgradeVerdicts } from "./verdicts";

export interface UpgradeCheckInput {
  /** The output of `helm get manifest <release>` or `helm get values <release> [-o yaml]`. */
  deployedText: string;
  /** How messages name it: deployed.yaml. */
  deployedName: string;
  /** The current values for this chart, as the user wrote them (several files merged). */
  values: Table;
  /** Given by the user; else read from the manifest, else Helm's defaults. */
  release?: string;
  namespace?: string;
  /** Which chart deployed values were written for: "this", "vendor@0.20.6", "fork@0.4.1"; detected when absent. */
  from?: string;
  /** For the commands of the report: the chart reference and the values files of `helm upgrade`. */
  chart?: string;
  /** Flags that go with the chart in those commands (--repo <url> --version <version>). */
  chartFlags?: readonly string[];
  valuesFiles?: readonly string[];
}

export interface Baseline {
  source: "manifest" | "values";
  /** For values: the chart they were rendered with ("this" or an upstream release). */
  renderedWith?: "this" | UpstreamVersion;
  /** What runs, in words. */
  description: string;
  /** What the comparison assumes, and how to say otherwise. */
  notes: string[];
  detection?: Detection;
}

export interface UpgradeCheck {
  release: string;
  namespace: string;
  baseline: Baseline;
  deployed: KubeObject[];
  next: KubeObject[];
  verdicts: UpgradeVerdict[];
  diff: ResourceDiff[];
  /** For a values baseline: every value that differs from the deployed ones. */
  valueChanges?: ValueChange[];
  exitCode: 0 | 2 | 3;
}

const THIS_CHART = "this";

function title(upstream: UpstreamVersion): string {
  return `${UPSTREAM_TITLES[upstream.chart].split(" (")[0]} ${upstream.version}`;
}

function renderOurs(values: Table, release: string, namespace: string): KubeObject[] {
  return renderManifests(values, { releaseName: release, namespace }).map((manifest) => manifest.object);
}

function tryRenderOurs(values: Table, release: string, namespace: string): KubeObject[] | undefined {
  try {
    return renderOurs(values, release, namespace);
  } catch (error) {
    if (error instanceof ValuesError) return undefined;
    throw error;
  }
}

function renderDeployedOurs(values: Table, release: string, namespace: string, name: string): KubeObject[] {
  try {
    return renderOurs(values, release, namespace);
  } catch (error) {
    if (!(error instanceof ValuesError)) throw error;
    throw new DeployedInputError(`${name}: ${CHART.name} ${CHART.version} refuses the deployed values:\n${error.problems.map((problem) => `  - ${problem.message}`).join("\n")}`);
  }
}

function fromValues(values: Table, input: DeployedOptions, release: string, namespace: string): { deployed: KubeObject[]; baseline: Baseline } {
  const notes: string[] = [];
  if (!input.release) notes.push(`The deployed values were rendered for the release name "${release}": pass --release with the real one, since names derive from it.`);
  const detection = input.from ? undefined : detectUpstream(values);
  const suggested = detection?.suggested;
  // Keys the closest upstream release ignores but this chart reads: the values are this chart's.
  const partial = Boolean(suggested && detection?.matches.some((match) => match.chart === suggested.chart && match.ignored.length));
  const ours = partial ? tryRenderOurs(values, release, namespace) : undefined;
  const chosen = input.from === THIS_CHART || ours ? undefined : input.from ? parseUpstreamVersion(input.from) : suggested;
  if (!chosen) {
    const deployed = ours ?? renderDeployedOurs(values, release, namespace, input.deployedName);
    if (detection) notes.push(`Chart detected from the keys: ${detection.summary}${ours ? ` This chart reads them all, so the values are taken as this chart's; --from says otherwise.` : ""}`);
    notes.push(`Rendered with this chart's version ${CHART.version}; if the release runs an older one, \`helm get manifest\` output shows what runs.`);
    return { deployed, baseline: { source: "values", renderedWith: THIS_CHART, description: `the deployed values rendered with ${CHART.name} ${CHART.version}`, notes, detection } };
  }
  let deployed: KubeObject[];
  try {
    deployed = renderUpstream(chosen, values, { releaseName: release, namespace });
  } catch (error) {
    throw new DeployedInputError(`${input.deployedName}: ${title(chosen)} refuses the deployed values: ${(error as Error).message}`);
  }
  const match = detection?.matches.find((candidate) => candidate.chart === chosen.chart);
  if (detection && match) {
    notes.push(
      `Chart detected from the keys: ${detection.summary} Compared with ${title(chosen)}, the newest of them; ` +
        "if the release runs another, say which with --from vendor@<version>, --from fork@<version> or --from this (this chart). `helm get manifest` output needs no guess.",
    );
    const images = [...new Set(match.versions.map((version) => upstreamImage({ chart: chosen.chart, version }, values)))];
    if (images.length > 1) {
      notes.push(`Which engine runs depends on the chart version (${versionRanges(chosen.chart, match.versions)} run ${images.length} different images); the engine verdict assumes ${upstreamImage(chosen, values)}.`);
    }
  }
  return { deployed, baseline: { source: "values", renderedWith: chosen, description: `the deployed values rendered with ${title(chosen)}`, notes, detection } };
}

function mustMatch(given: string | undefined, found: string | undefined, what: string, flag: string, name: string): void {
  if (given && found && given !== found) {
    throw new DeployedInputError(`${name}: the deployed manifest belongs to ${what} "${found}", not "${given}": leave out ${flag}, or give the release it shows`);
  }
}

/** What runs, read once: the wizard keeps it while the values change. */
export interface Deployed {
  release: string;
  namespace: string;
  baseline: Baseline;
  objects: KubeObject[];
  /** The deployed values, when the input was values. */
  values?: Table;
}

export type DeployedOptions = Pick<UpgradeCheckInput, "deployedText" | "deployedName" | "release" | "namespace" | "from">;

/** Reads and renders the deployed side; bad input throws DeployedInputError. */
export function readDeployedRelease(input: DeployedOptions): Deployed {
  const read = readDeployed(input.deployedText, input.deployedName);
  if (read.type === "values") {
    const release = input.release ?? "release-name";
    const namespace = input.namespace ?? "default";
    const { deployed, baseline } = fromValues(read.values, input, release, namespace);
    return { release, namespace, baseline, objects: deployed, values: read.values };
  }
  mustMatch(input.release, read.release, "release", "--release", input.deployedName);
  mustMatch(input.namespace, read.namespace, "namespace", "--namespace", input.deployedName);
  const chart = read.chart ? `, chart label ${read.chart}` : "";
  return {
    release: input.release ?? read.release ?? "release-name",
    namespace: input.namespace ?? read.namespace ?? "default",
    baseline: { source: "manifest", description: `the deployed manifest (${read.objects.length} objects${chart})`, notes: [] },
    objects: read.objects,
  };
}

export type CompareOptions = Pick<UpgradeCheckInput, "values" | "chart" | "chartFlags" | "valuesFiles">;

/** The check of the current values against a deployed release; values this chart refuses throw ValuesError. */
export function compareWithDeployed(deployed: Deployed, input: CompareOptions): UpgradeCheck {
  const { release, namespace } = deployed;
  const next = renderOurs(input.values, release, namespace);
  const verdicts = upgradeVerdicts(deployed.objects, next, {
    values: input.values,
    release,
    namespace,
    chart: input.chart ?? "./chart/dagger-helm",
    chartFlags: input.chartFlags,
    valuesFiles: input.valuesFiles?.length ? input.valuesFiles : ["values.yaml"],
  });
  return {
    release,
    namespace,
    baseline: deployed.baseline,
    deployed: deployed.objects,
    next,
    verdicts,
    diff: renderDiff(deployed.objects, next),
    valueChanges: deployed.values ? valueChanges(deployed.values, input.values) : undefined,
    exitCode: upgradeExitCode(verdicts),
  };
}

/** Both steps at once, for the CLI. */
export function upgradeCheck(input: UpgradeCheckInput): UpgradeCheck {
  return compareWithDeployed(readDeployedRelease(input), input);
}
