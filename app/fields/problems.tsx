// The core's validation problems and the wizard's warnings for the values the form shows (the
// last values.yaml that parsed), computed once per change for a whole step and read by each
// field at its own key path.
import { createContext, use, useMemo, type ReactNode } from "react";
import type { TValues, ValuesProblem } from "../../src";
import { valuesWarnings, type ValuesWarning } from "../../src/wizard/warnings";
import type { ValuesSnapshot } from "../../src/wizard/values-state";
import { useValuesState } from "../form/values-state";

export interface TValuesCheck {
  /** The coalesced values the checks ran on. */
  values: TValues;
  errors: ValuesProblem[];
  warnings: ValuesWarning[];
}

const ProblemsContext = createContext<TValuesCheck | null>(null);

export function checkValues({ values, problems }: ValuesSnapshot): TValuesCheck {
  let warnings: ValuesWarning[] = [];
  try {
    warnings = valuesWarnings(values);
  } catch {
    // Values that break the schema can have shapes the warning rules do not expect; the errors say why.
  }
  return { values, errors: problems, warnings };
}

export function ProblemsProvider({ children }: { children: ReactNode }) {
  const { lastGood } = useValuesState();
  const check = useMemo(() => checkValues(lastGood), [lastGood]);
  return <ProblemsContext value={check}>{children}</ProblemsContext>;
}

export function useValuesCheck(): TValuesCheck {
  const check = use(ProblemsContext);
  if (!check) throw new Error("useValuesCheck needs a ProblemsProvider above it");
  return check;
}

/** A problem's message without its leading key path, which the field already names. */
function atField(path: string, message: string): string {
  return message.startsWith(path) ? message.slice(path.length).replace(/^:?\s*/, "") : message;
}

/**
 * The error text for a field: the problems at its path, or (nested) at any path inside it, such as
 * engine.volumes[2].name for a YAML editor of engine.volumes.
 */
export function useFieldError(path: string, nested = false): string | undefined {
  const { errors } = useValuesCheck();
  const mine = errors.filter((p) => p.path === path || (nested && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))));
  if (!mine.length) return undefined;
  return mine.map((p) => (p.path === path ? atField(path, p.message) : p.message)).join(" ");
}

/** The warnings whose paths start with one of the prefixes. */
export function useWarnings(...prefixes: string[]): ValuesWarning[] {
  const { warnings } = useValuesCheck();
  return warnings.filter((w) => prefixes.some((prefix) => w.path === prefix || w.path.startsWith(prefix)));
}
