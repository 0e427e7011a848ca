// The form side: a Stepper whose every step can be chosen at any time (nothing is locked behind
// another step), the active step's form, and Back/Next.
import { Alert, Anchor, Button, Group, Loader, Stepper, Title } from "@mantine/core";
import { IconArrowLeft, IconArrowRight } from "@tabler/icons-react";
import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useWizard, useWizardStore } from "../form/use-wizard";
import { showValuesEditor } from "../preview/show-values";
import { WIZARD_STEPS } from "../steps";
import { useGoToStepListener } from "../steps/navigation";
import classes from "./layout.module.css";
import { StepBoundary } from "./StepBoundary";

const stepIndex = (id: string) => Math.max(0, WIZARD_STEPS.findIndex((item) => item.id === id));

export function WizardSteps() {
  const store = useWizardStore();
  const [active, setActive] = useState(() => stepIndex(store.getState().notice?.step ?? "release"));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const syntaxError = useWizard((state) => state.syntaxError);
  const started = useWizard((state) => state.started);
  const step = WIZARD_STEPS[Math.min(active, WIZARD_STEPS.length - 1)];

  const show = useCallback((index: number) => {
    if (index < 0 || index >= WIZARD_STEPS.length) return;
    moved.current = true;
    setActive(index);
  }, []);
  // The review step's "go to field" links switch steps through this.
  useGoToStepListener(useCallback((index: number) => show(index), [show]));
  // A share link opens on Review: the colleague checks what came before changing anything.
  useEffect(() => {
    let seen = store.getState().notice;
    return store.subscribe(() => {
      const { notice } = store.getState();
      if (notice === seen) return;
      seen = notice;
      if (notice?.step) show(stepIndex(notice.step));
    });
  }, [store, show]);

  useEffect(() => {
    // After a step change, focus the new step's heading so keyboard and screen-reader users land
    // at its start (not on the first render: the page's own focus order applies then).
    if (moved.current) headingRef.current?.focus({ preventScroll: false });
  }, [active]);

  if (!step) return null;
  const { Component } = step;
  const last = active === WIZARD_STEPS.length - 1;

  return (
    <div className={classes.steps}>
      {/* Beside the form from 1280 px, above it below that: both lists are in the page and the
          stylesheet shows one, so that the first screen in index.html (rendered once, at build
          time) is what React renders first at any width. */}
      <nav aria-label="Wizard steps" className={classes.stepper}>
        <StepList active={active} onStepClick={show} orientation="vertical" className={classes.sideSteps} />
        <StepList active={active} onStepClick={show} orientation="horizontal" className={classes.topSteps} />
      </nav>
      <div className={classes.stepBody}>
        <Title order={2} size="h3" ref={headingRef} tabIndex={-1} className={classes.stepTitle}>
          {step.label}
        </Title>
        {syntaxError && (
          <Alert color="red" variant="light" mb="md" role="alert" aria-label="The form is read-only">
            values.yaml has an error at line {syntaxError.position?.line ?? 1}: fix it there; the form shows the last valid values.{" "}
            <Anchor component="button" type="button" size="sm" onClick={showValuesEditor}>
              Show values.yaml
            </Anchor>
          </Alert>
        )}
        {/* A disabled fieldset disables every input of the step at once: nothing can overwrite the text being fixed. */}
        <fieldset disabled={Boolean(syntaxError)} className={classes.fieldset}>
          {started ? (
            <StepBoundary key={step.id} store={store} label={step.label}>
              <Suspense fallback={<Loader size="sm" role="status" aria-label={`Loading ${step.label}`} />}>
                <Component />
              </Suspense>
            </StepBoundary>
          ) : (
            <Loader size="sm" role="status" aria-label="Loading your settings" />
          )}
        </fieldset>
        <Group justify="space-between" mt="xl" className={classes.stepNav}>
          <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => show(active - 1)} disabled={active === 0}>
            Back
          </Button>
          {!last && (
            <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => show(active + 1)}>
              Next: {WIZARD_STEPS[active + 1]?.label}
            </Button>
          )}
        </Group>
      </div>
    </div>
  );
}

function StepList({ active, onStepClick, orientation, className }: { active: number; onStepClick: (index: number) => void; orientation: "vertical" | "horizontal"; className: string }) {
  return (
    <Stepper
      active={active}
      onStepClick={onStepClick}
      allowNextStepsSelect
      orientation={orientation}
      size="sm"
      wrap
      className={className}
      // Steps before the current one are visited, not checked: keep their numbers, no tick.
      completedIcon={({ step }) => step + 1}
    >
      {WIZARD_STEPS.map((item) => (
        <Stepper.Step key={item.id} label={item.label} description={orientation === "vertical" ? item.description : undefined} allowStepSelect />
      ))}
    </Stepper>
  );
}
