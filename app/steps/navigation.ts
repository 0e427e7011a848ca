// Jumping to a field from anywhere (the review step's problem list): the shell switches its
// stepper to the field's step, then the field is focused once the step has rendered it.
import { useEffect } from "react";
import { fieldIdOf } from "../fields/field-path";
import { STEP_IDS, stepForPath, type TStepId } from "./step-ids";

const GO_TO_STEP = "dagger-wizard:go-to-step";

/** For the shell: calls onStep with the index of the step a go-to-field asks for. */
export function useGoToStepListener(onStep: (index: number, id: TStepId) => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      const id = (event as CustomEvent<{ step: TStepId }>).detail.step;
      onStep(STEP_IDS.indexOf(id), id);
    };
    window.addEventListener(GO_TO_STEP, listener);
    return () => window.removeEventListener(GO_TO_STEP, listener);
  }, [onStep]);
}

const FOCUSABLE = "input:not([type=hidden]), textarea, button, [tabindex]:not([tabindex='-1'])";

/** The element for a path, or for the closest enclosing path that has one (engine.volumes[0].name → engine.volumes). */
function fieldElement(path: string): HTMLElement | null {
  let current = path;
  while (current) {
    const element = document.getElementById(fieldIdOf(current));
    if (element) return element;
    const cut = Math.max(current.lastIndexOf("."), current.lastIndexOf("["));
    current = cut > 0 ? current.slice(0, cut) : "";
  }
  return null;
}

function focusElement(element: HTMLElement): void {
  // A radio group is entered at its checked option.
  const focusable = element.matches("input, textarea, select, button, [tabindex]")
    ? element
    : (element.querySelector<HTMLElement>("input:checked, [role=radio][aria-checked=true]") ?? element.querySelector<HTMLElement>(FOCUSABLE));
  element.scrollIntoView({ block: "center", behavior: "smooth" });
  (focusable ?? element).focus({ preventScroll: true });
}

/** Shows the step that edits the path and focuses its field. */
export function goToField(path: string): void {
  window.dispatchEvent(new CustomEvent(GO_TO_STEP, { detail: { step: stepForPath(path) } }));
  const started = performance.now();
  const attempt = () => {
    const element = fieldElement(path);
    // Wait for the step's own field, not an element of the step being left.
    if (element && element.offsetParent !== null) focusElement(element);
    else if (performance.now() - started < 2000) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
