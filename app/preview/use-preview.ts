// The preview's data: the core's outputs for the form as it is now, recomputed on every change
// (useWatch, no debounce), and the last outputs that were valid, kept to show marked as stale.
import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import type { ValuesProblem } from "../../src";
import { defaultManifestsText, wizardOutputs } from "../../src/wizard/outputs";
import type { WizardForm } from "../form/types";

export interface TPreview {
  /** The current texts, or undefined while the form has problems. */
  current: { valuesText: string; manifestsText: string } | undefined;
  /** What stops the render; empty when current is set. */
  problems: ValuesProblem[];
  /** The texts of the last valid state (equal to current when valid); undefined before any. */
  lastGood: { valuesText: string; manifestsText: string } | undefined;
  /** The manifests of the chart defaults for the same release, for the changes view. */
  defaultsText: string | undefined;
}

export function usePreview(): TPreview {
  const [release, values] = useWatch<WizardForm, ["release", "values"]>({ name: ["release", "values"] });
  const outputs = useMemo(() => wizardOutputs({ release, values }), [release, values]);
  const current = outputs.ok ? { valuesText: outputs.valuesText, manifestsText: outputs.manifestsText } : undefined;
  const [lastGood, setLastGood] = useState(current);
  // React's pattern for state derived from a change: adjust it during render, not in an effect.
  if (current && (current.valuesText !== lastGood?.valuesText || current.manifestsText !== lastGood?.manifestsText)) {
    setLastGood(current);
  }
  const defaultsText = useMemo(() => defaultManifestsText(release), [release]);
  return { current, problems: outputs.ok ? [] : outputs.problems, lastGood: current ?? lastGood, defaultsText };
}
