// The wizard's eight steps, in order, for the shell's stepper. Each field of a step reads and
// writes its own piece of the wizard's store, and shows the core's problems at its path.
import { lazy, type ComponentType } from "react";
import { ReleaseStep } from "./release/ReleaseStep";
import { STEP_LABELS } from "./step-labels";
import { STEP_IDS, type TStepId } from "./step-ids";

// The first step comes with the page; the others load when first shown (the shell wraps the
// active step in Suspense), which keeps the first load within its budget.
const KindStep = lazy(() => import("./kind/KindStep").then((module) => ({ default: module.KindStep })));
const StorageStep = lazy(() => import("./storage/StorageStep").then((module) => ({ default: module.StorageStep })));
const SecurityStep = lazy(() => import("./security/SecurityStep").then((module) => ({ default: module.SecurityStep })));
const EngineStep = lazy(() => import("./engine/EngineStep").then((module) => ({ default: module.EngineStep })));
const SchedulingStep = lazy(() => import("./scheduling/SchedulingStep").then((module) => ({ default: module.SchedulingStep })));
const ConnectStep = lazy(() => import("./connect/ConnectStep").then((module) => ({ default: module.ConnectStep })));
const ReviewStep = lazy(() => import("./review/ReviewStep").then((module) => ({ default: module.ReviewStep })));

export { goToField, useGoToStepListener } from "./navigation";
export { STEP_IDS, stepForPath, type TStepId } from "./step-ids";

const COMPONENTS: Record<TStepId, ComponentType> = {
  release: ReleaseStep,
  kind: KindStep,
  storage: StorageStep,
  security: SecurityStep,
  engine: EngineStep,
  scheduling: SchedulingStep,
  connect: ConnectStep,
  review: ReviewStep,
};

export const WIZARD_STEPS: { id: TStepId; label: string; description: string; Component: ComponentType }[] = STEP_IDS.map((id) => ({
  id,
  ...STEP_LABELS[id],
  Component: COMPONENTS[id],
}));
