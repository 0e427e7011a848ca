// What the wizard shows and exports for a state: the values.yaml and the manifests, both from the
// core (minimalValuesText, renderManifests), or every problem that stops Helm from rendering.
import { renderManifests, releaseNameProblem } from "../render/index";
import { manifestsText } from "../render/manifest-text";
import { minimalValuesText } from "../values/minimal";
import { validateValues, ValuesError, type ValuesProblem } from "../values/validate";
import { namespaceProblem, userValuesOf, type WizardState } from "./state";

export type WizardOutputs =
  | { ok: true; valuesText: string; manifestsText: string }
  | { ok: false; problems: ValuesProblem[] };

export function wizardOutputs(state: WizardState): WizardOutputs {
  const problems: ValuesProblem[] = [];
  const nameProblem = releaseNameProblem(state.release.name);
  if (nameProblem) problems.push({ path: "release.name", message: nameProblem });
  const namespace = namespaceProblem(state.release.namespace);
  if (namespace) problems.push({ path: "release.namespace", message: namespace });
  problems.push(...validateValues(state.values).problems);
  if (problems.length) return { ok: false, problems };
  try {
    const manifests = renderManifests(state.values, { releaseName: state.release.name, namespace: state.release.namespace });
    return { ok: true, valuesText: minimalValuesText(userValuesOf(state.values)), manifestsText: manifestsText(manifests) };
  } catch (error) {
    if (error instanceof ValuesError) return { ok: false, problems: error.problems };
    // The render refused something validation let through: say so rather than break the page.
    return { ok: false, problems: [{ path: "", message: `The chart could not be rendered: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/** The manifests of the chart defaults for the same release: the "before" of the changes view. */
export function defaultManifestsText(release: WizardState["release"]): string | undefined {
  if (releaseNameProblem(release.name) || namespaceProblem(release.namespace)) return undefined;
  return manifestsText(renderManifests({}, { releaseName: release.name, namespace: release.namespace }));
}
