// What the wizard shows and exports for a state: the rendered manifests and the minimal
// values.yaml, both from the core (renderManifests, minimalValuesText), or every problem that
// stops Helm from rendering. The user's own values.yaml is their text, exported as it is.
import { renderManifests, renderValidValues, releaseNameProblem } from "../render/index";
import { crossFieldProblems } from "../render/validate-rules";
import { manifestsText } from "../render/manifest-text";
import { toYaml11 } from "../yaml/yaml11";
import { defaultValues } from "../values/defaults";
import { minimalValuesText } from "../values/minimal";
import type { TValues } from "../values/schema";
import { isTable, type Table } from "../values/tree";
import { ValuesError, type ValidatedValues, type ValuesProblem } from "../values/validate";
import { validateValues } from "../render/validate";
import { namespaceProblem, type WizardState } from "./state";

// The changes tab masks the token with this chunk's help, not the first screen's.
export { maskedValues } from "./secret-values";

type Release = WizardState["release"];

export type WizardOutputs =
  | { ok: true; manifestsText: string; minimalValuesText: string }
  | { ok: false; problems: ValuesProblem[] };

/**
 * The outputs for the release and the user's values (as their values.yaml writes them).
 * validated: validateValues(userValues) when the caller has it already.
 */
export function wizardOutputs(release: Release, userValues: Table, validated?: ValidatedValues): WizardOutputs {
  const rendered = renderedManifestsText(release, userValues, validated);
  return rendered.ok ? { ...rendered, minimalValuesText: minimalValuesText(userValues) } : rendered;
}

/**
 * The manifests alone (what the preview shows), or every problem that stops Helm from rendering.
 * `validated`: validateValues(userValues) when the caller has it; the values are then not
 * validated again, only the rules that read the release name are checked.
 */
export function renderedManifestsText(release: Release, userValues: Table, validated?: ValidatedValues): { ok: true; manifestsText: string } | { ok: false; problems: ValuesProblem[] } {
  const problems: ValuesProblem[] = [];
  const nameProblem = releaseNameProblem(release.name);
  if (nameProblem) problems.push({ path: "release.name", message: nameProblem });
  const namespace = namespaceProblem(release.namespace);
  if (namespace) problems.push({ path: "release.namespace", message: namespace });
  if (problems.length) return { ok: false, problems: [...problems, ...(validated ?? validateValues(userValues)).problems] };
  const options = { releaseName: release.name, namespace: release.namespace };
  try {
    if (validated) {
      if (validated.problems.length) return { ok: false, problems: validated.problems };
      const releaseRules = crossFieldProblems(validated.values, release.name);
      if (releaseRules.length) return { ok: false, problems: releaseRules };
      return { ok: true, manifestsText: manifestsText(renderValidValues(validated.values, options)) };
    }
    const manifests = renderManifests(userValues, options);
    return { ok: true, manifestsText: manifestsText(manifests) };
  } catch (error) {
    if (error instanceof ValuesError) return { ok: false, problems: error.problems };
    // The render refused something validation let through: say so rather than break the page.
    return { ok: false, problems: [{ path: "", message: `The chart could not be rendered: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

let defaultManifests: { key: string; text: string | undefined } | undefined;

/** The manifests of the chart defaults for the same release: the "before" of the changes view (the last release's kept). */
export function defaultManifestsText(release: Release): string | undefined {
  const key = `${release.name}\n${release.namespace}`;
  if (defaultManifests?.key === key) return defaultManifests.text;
  const text = releaseNameProblem(release.name) || namespaceProblem(release.namespace) ? undefined : manifestsText(renderManifests({}, { releaseName: release.name, namespace: release.namespace }));
  defaultManifests = { key, text };
  return text;
}

let defaultsText: string | undefined;

/** The chart's default values as YAML: the "before" of the values diff. */
export function defaultValuesText(): string {
  defaultsText ??= toYaml11(defaultValues());
  return defaultsText;
}

/**
 * The values Helm's templates see, as YAML in the order of the chart's defaults (keys the chart
 * does not have come last), so that a diff against defaultValuesText shows only what changed.
 */
export function coalescedValuesText(values: TValues | Table): string {
  return toYaml11(inDefaultOrder(values as Table, defaultValues() as Table));
}

function inDefaultOrder(values: Table, defaults: Table): Table {
  const out: Table = {};
  for (const key of Object.keys(defaults)) {
    if (!Object.hasOwn(values, key)) continue;
    const value = values[key];
    const fallback = defaults[key];
    out[key] = isTable(value) && isTable(fallback) ? inDefaultOrder(value, fallback) : value;
  }
  for (const [key, value] of Object.entries(values)) if (!Object.hasOwn(out, key)) out[key] = value;
  return out;
}
