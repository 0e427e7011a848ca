// The preview's data: the core's outputs for the form as it is now, recomputed on every change
// (useWatch, no debounce), and the last outputs that were valid, kept to show marked as stale.
import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import type { ValuesProblem } from "../../src";
import { defaultManifestsText, wizardOutputs } from "../../src/wizard/outputs";
import type { WizardForm } from "../form/types";

export interface TPreviewTexts {
  valuesText: string;
  manifestsText: string;
  /** The manifests of the chart defaults for the same release: the "before" of the changes view. */
  defaultsText: string;
}

export interface TPreview {
  /** The current texts, or undefined while the form has problems. */
  current: TPreviewTexts | undefined;
  /** What stops the render; empty when current is set. */
  problems: ValuesProblem[];
  /** The texts of the last valid state (equal to current when valid); undefined before any. */
  lastGood: TPreviewTexts | undefined;
}

export function usePreview(): TPreview {
  const [release, values] = useWatch<WizardForm, ["release", "values"]>({ name: ["release", "values"] });
  const outputs = useMemo(() => wizardOutputs({ release, values }), [release, values]);
  // Valid outputs imply a valid release, so the defaults render too.
  const defaultsText = useMemo(() => defaultManifestsText(release), [release]);
  const current = useMemo(
    () => (outputs.ok && defaultsText !== undefined ? { valuesText: outputs.valuesText, manifestsText: outputs.manifestsText, defaultsText } : undefined),
    [outputs, defaultsText],
  );
  const [lastGood, setLastGood] = useState(current);
  // React's pattern for state derived from a change: adjust it during render, not in an effect.
  if (current && current !== lastGood) setLastGood(current);
  return { current, problems: outputs.ok ? [] : outputs.problems, lastGood: current ?? lastGood };
}
