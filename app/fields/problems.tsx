// The core's validation problems and the wizard's warnings for the values the form shows (the
// last values.yaml that parsed), as the values worker found them; each field reads those at its
// own key path and re-renders only when they change.
import { defaultValues, type TValues, type ValuePath, type ValuesProblem, type ValuesWarning } from "../../src";
import { sameData, useWizard } from "../form/use-wizard";
import type { TWizardState } from "../form/wizard-store";

export interface TValuesCheck {
  /** The coalesced values the checks ran on (the defaults until the first reading: the start text is empty then). */
  values: TValues;
  errors: ValuesProblem[];
  warnings: ValuesWarning[];
}

const NONE: never[] = [];

const errorsOf = (state: TWizardState) => state.lastGood?.problems ?? NONE;
const warningsOf = (state: TWizardState) => state.lastGood?.warnings ?? NONE;

/** All of it, for views that summarise (the review step): they re-render on every reading. */
export function useValuesCheck(): TValuesCheck {
  const lastGood = useWizard((state) => state.lastGood);
  return { values: lastGood?.values ?? defaultValues(), errors: lastGood?.problems ?? NONE, warnings: lastGood?.warnings ?? NONE };
}

/** A problem's message without its leading key path, which the field already names. */
export function atField(path: string, message: string): string {
  return message.startsWith(path) ? message.slice(path.length).replace(/^:?\s*/, "") : message;
}

/** The problems at a path, or (nested) at any path inside it. */
export function problemsAt(errors: readonly ValuesProblem[], path: ValuePath, nested = false): ValuesProblem[] {
  return errors.filter((p) => p.path === path || (nested && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))));
}

/**
 * The error text for a field: the problems at its path, or (nested) at any path inside it, such as
 * engine.volumes[2].name for a YAML editor of engine.volumes.
 */
export function useFieldError(path: ValuePath, nested = false): string | undefined {
  return useWizard(
    (state) => {
      const mine = problemsAt(errorsOf(state), path, nested);
      if (!mine.length) return undefined;
      return mine.map((p) => (p.path === path ? atField(path, p.message) : p.message)).join(" ");
    },
    Object.is,
    `${path}:${nested}`,
  );
}

/**
 * Where a warning may sit: a values path, or a key of the engine.json text under
 * engine.configJson ("engine.configJson.gc.enabled": engineConfigWarnings reads that text).
 */
export type TWarningPath = ValuePath | `engine.configJson.${string}`;

/** The warnings whose paths start with one of the prefixes. */
export function useWarnings(...prefixes: TWarningPath[]): ValuesWarning[] {
  return useWizard((state) => warningsOf(state).filter((w) => prefixes.some((prefix) => w.path === prefix || w.path.startsWith(prefix))), sameData, prefixes.join("\n"));
}

/** The coalesced values the checks ran on, as useValuesCheck gives them. */
export const checkedValuesOf = (state: TWizardState): TValues => state.lastGood?.values ?? defaultValues();

/** The errors and warnings at exactly one path. */
export function useChecksAt(path: ValuePath): { errors: ValuesProblem[]; warnings: ValuesWarning[] } {
  return useWizard((state) => ({ errors: problemsAt(errorsOf(state), path), warnings: warningsOf(state).filter((w) => w.path === path) }), sameData, path);
}
