// The wizard's seven steps, in order, for the shell's stepper. Each step reads and writes the one
// WizardForm through react-hook-form's context; its fields show the core's problems at their paths.
import { createElement, type ComponentType } from "react";
import { ProblemsProvider } from "../fields/problems";
import { EngineStep } from "./engine/EngineStep";
import { KindStep } from "./kind/KindStep";
import { ReleaseStep } from "./release/ReleaseStep";
import { ReviewStep } from "./review/ReviewStep";
import { SchedulingStep } from "./scheduling/SchedulingStep";
import { SecurityStep } from "./security/SecurityStep";
import { STEP_LABELS } from "./step-labels";
import { STEP_IDS, type TStepId } from "./step-ids";
import { StorageStep } from "./storage/StorageStep";

export { goToField, useGoToStepListener } from "./navigation";
export { STEP_IDS, stepForPath, type TStepId } from "./step-ids";

const COMPONENTS: Record<TStepId, ComponentType> = {
  release: ReleaseStep,
  kind: KindStep,
  storage: StorageStep,
  security: SecurityStep,
  engine: EngineStep,
  scheduling: SchedulingStep,
  review: ReviewStep,
};

/** A step with the values' problems computed once for all its fields. */
function withProblems(Step: ComponentType): ComponentType {
  const Checked = () => createElement(ProblemsProvider, null, createElement(Step));
  Checked.displayName = `Checked(${Step.displayName ?? Step.name})`;
  return Checked;
}

export const WIZARD_STEPS: { id: TStepId; label: string; description: string; Component: ComponentType }[] = STEP_IDS.map((id) => ({
  id,
  ...STEP_LABELS[id],
  Component: withProblems(COMPONENTS[id]),
}));
