// The wizard's upgrade mode: the current values against what runs (the output of `helm get values
// -o yaml` or `helm get manifest` the user gave), as the upgrade check's verdicts and as two pairs
// of texts for the changes tab's diffs. Loaded by the values worker only once upgrade mode is on:
// the check needs the upstream charts' renderers, which the first screen never does.
import type { KubeObject } from "../render/context";
import { releaseNameProblem } from "../render/index";
import { toYaml11 } from "../yaml/yaml11";
import { compareWithDeployed, readDeployedRelease, type Baseline, type Deployed } from "../upgrade/check";
import { DeployedInputError } from "../upgrade/deployed-input";
import { upgradeHeadline } from "../upgrade/report";
import type { UpgradeVerdict } from "../upgrade/verdict";
import { isTable, type Table } from "../values/tree";
import { ValuesError, type ValuesProblem } from "../values/validate";
import { chartRepoFlags } from "./install-commands";
import { manifestSecrets, maskedManifestsText, maskedValues } from "./secret-values";
import { secretOf } from "./secrets";
import { namespaceProblem, type WizardState } from "./state";
import { readValuesText } from "./values-state";

/** What runs, as the user gave it. */
export interface DeployedSource {
  text: string;
  /** How messages name it: a file's name, or "deployed release" when pasted. */
  name: string;
}

export interface UpgradeReadingRequest {
  deployed: DeployedSource;
  release: WizardState["release"];
  valuesText: string;
  /** The chart's repository address (<site>/charts), for the commands of the way through. */
  chartsUrl: string;
  showToken?: boolean;
}

export type UpgradeReading =
  | {
      ok: true;
      /** The release and namespace compared: the manifest's own, else the wizard's. */
      release: string;
      namespace: string;
      baseline: Baseline;
      headline: string;
      exitCode: 0 | 2 | 3;
      verdicts: UpgradeVerdict[];
      /** The manifests' diff: what runs, what the upgrade applies (same order on both sides). */
      deployedManifests: string;
      nextManifests: string;
      /** The values' diff, for a values baseline: the deployed values and the current ones, as the templates see them. */
      deployedValues?: string;
      currentValues?: string;
      /** When the comparison uses another release or namespace than the wizard's. */
      releaseNote?: string;
    }
  /** The deployed text cannot be read: what and where. */
  | { ok: false; cause: "deployed"; message: string }
  /** The current values cannot be rendered (a syntax error, a value Helm refuses). */
  | { ok: false; cause: "values"; problems: ValuesProblem[] };

let cached: { key: string; deployed: Deployed | DeployedInputError } | undefined;

/** The deployed side, read once per text and release (rendering upstream values is the slow part). */
function deployedFor(request: UpgradeReadingRequest): Deployed | DeployedInputError {
  const { deployed, release } = request;
  const key = JSON.stringify([deployed.text, deployed.name, release.name, release.namespace]);
  if (cached?.key === key) return cached.deployed;
  let read: Deployed | DeployedInputError;
  try {
    // A manifest names its own release and namespace; deployed values are rendered for the wizard's.
    const asValues = readDeployedRelease({ deployedText: deployed.text, deployedName: deployed.name });
    read = asValues.baseline.source === "values" ? readDeployedRelease({ deployedText: deployed.text, deployedName: deployed.name, release: release.name, namespace: release.namespace }) : asValues;
  } catch (error) {
    if (!(error instanceof DeployedInputError)) throw error;
    read = error;
  }
  cached = { key, deployed: read };
  return read;
}

function objectOrder(object: KubeObject): string {
  return `${String(object.kind)}/${String((object.metadata as Table | undefined)?.name ?? "")}`;
}

/** Objects as YAML documents, by kind and name, so that both sides of the diff line up. */
function objectsText(objects: readonly KubeObject[]): string {
  return [...objects]
    .sort((a, b) => objectOrder(a).localeCompare(objectOrder(b)))
    .map((object) => `---\n# ${objectOrder(object)}\n${toYaml11(object)}`)
    .join("");
}

/** The secrets to mask, longest first: a token inside a longer one must not leave the longer one's ends showing. */
function longestFirst(secrets: (string | undefined)[]): string[] {
  return secrets.filter((secret): secret is string => secret !== undefined).sort((a, b) => b.length - a.length);
}

function masked(values: Table, secrets: (string | undefined)[]): Table {
  return longestFirst(secrets).reduce<Table>((out, secret) => maskedValues(out, secret), values);
}

function maskedText(manifests: string, secrets: (string | undefined)[]): string {
  return longestFirst(secrets).reduce<string>((out, secret) => maskedManifestsText(out, secret), manifests);
}

export function upgradeReading(request: UpgradeReadingRequest): UpgradeReading {
  const deployed = deployedFor(request);
  if (deployed instanceof DeployedInputError) return { ok: false, cause: "deployed", message: deployed.message };
  const read = readValuesText(request.valuesText);
  if (!read.ok) return { ok: false, cause: "values", problems: [{ path: "", message: `values.yaml: ${read.message}` }] };
  const releaseProblems = [releaseNameProblem(deployed.release), namespaceProblem(deployed.namespace)].filter((problem): problem is string => Boolean(problem));
  if (releaseProblems.length) return { ok: false, cause: "values", problems: releaseProblems.map((message) => ({ path: "release.name", message })) };
  const { userValues } = read.snapshot;
  let check;
  try {
    check = compareWithDeployed(deployed, { values: userValues, chart: "dagger-helm", chartFlags: chartRepoFlags(request.chartsUrl), valuesFiles: ["values.yaml"] });
  } catch (error) {
    if (error instanceof ValuesError) return { ok: false, cause: "values", problems: error.problems };
    throw error;
  }
  // A manifest baseline has no values to take its token from: the token is read off its objects.
  const deployedSecrets = isTable(deployed.values) ? [secretOf(deployed.values)] : manifestSecrets(check.deployed);
  const secrets = request.showToken ? [] : [secretOf(userValues), ...deployedSecrets];
  const wizard = request.release;
  const other = deployed.release !== wizard.name || deployed.namespace !== wizard.namespace;
  return {
    ok: true,
    release: deployed.release,
    namespace: deployed.namespace,
    baseline: check.baseline,
    headline: upgradeHeadline(check),
    exitCode: check.exitCode,
    verdicts: check.verdicts,
    deployedManifests: maskedText(objectsText(check.deployed), secrets),
    nextManifests: maskedText(objectsText(check.next), secrets),
    ...(isTable(deployed.values)
      ? { deployedValues: toYaml11(masked(deployed.values, secrets)), currentValues: toYaml11(masked(userValues, secrets)) }
      : {}),
    releaseNote: other
      ? `The deployed manifest belongs to release "${deployed.release}" in namespace ${deployed.namespace}; the comparison and its commands use them, not the wizard's "${wizard.name}" in ${wizard.namespace}.`
      : undefined,
  };
}
