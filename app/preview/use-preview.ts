// The preview's data: the core's outputs for the release and the values the wizard shows now,
// recomputed on every change (no debounce), and the last outputs that were valid, kept to show
// marked as stale. A values.yaml syntax error is one of the problems; the values then are the
// last ones that parsed, so the output is stale too.
import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import type { TValues, ValuesProblem } from "../../src";
import type { WizardOutputs } from "../../src/wizard/outputs";
import { syntaxErrorText } from "../../src/wizard/values-state";
import type { WizardForm } from "../form/types";
import { useValuesState } from "../form/values-state";
import { useRenderer } from "./use-renderer";

export interface TPreviewTexts {
  manifestsText: string;
  /** The manifests of the chart defaults for the same release: the "before" of the changes view. */
  defaultsText: string;
  /** The values the templates saw (coalesced): the "after" of the values diff. */
  values: TValues;
}

export interface TPreview {
  /** The current texts, or undefined while the values or the release have problems. */
  current: TPreviewTexts | undefined;
  /** False for the moment before the rendering core has loaded (nothing is stale then). */
  ready: boolean;
  /** What stops the render; empty when current is set. */
  problems: ValuesProblem[];
  /** The texts of the last valid state (equal to current when valid); undefined before any. */
  lastGood: TPreviewTexts | undefined;
}

export function usePreview(): TPreview {
  const [name, namespace] = useWatch<WizardForm, ["release.name", "release.namespace"]>({ name: ["release.name", "release.namespace"] });
  const { lastGood: values, syntaxError } = useValuesState();
  const renderer = useRenderer();
  const outputs = useMemo(
    (): WizardOutputs => (renderer ? renderer.wizardOutputs({ name, namespace }, values.userValues, values.problems) : { ok: false, problems: [] }),
    [renderer, name, namespace, values],
  );
  // Valid outputs imply a valid release, so the defaults render too.
  const defaultsText = useMemo(() => renderer?.defaultManifestsText({ name, namespace }), [renderer, name, namespace]);
  const current = useMemo(
    () => (!syntaxError && outputs.ok && defaultsText !== undefined ? { manifestsText: outputs.manifestsText, defaultsText, values: values.values } : undefined),
    [syntaxError, outputs, defaultsText, values],
  );
  const problems = useMemo(() => {
    const listed = outputs.ok ? [] : outputs.problems;
    return syntaxError ? [{ path: "", message: `${syntaxErrorText(syntaxError)}. Until it is fixed, the form and the manifests show the last valid values.` }, ...listed] : listed;
  }, [outputs, syntaxError]);
  const [lastGood, setLastGood] = useState(current);
  // React's pattern for state derived from a change: adjust it during render, not in an effect.
  if (current && current !== lastGood) setLastGood(current);
  return { current, ready: Boolean(renderer), problems, lastGood: current ?? lastGood };
}
