// The values the whole wizard shows, derived from the one state (the values.yaml text) once per
// change: the core reads the text (readValuesText, cached by text), and while the text has a
// syntax error everything keeps showing the last text that parsed, so nothing flickers back to
// the defaults and nothing the user typed is overwritten.
import { createContext, use, useMemo, useState, type ReactNode } from "react";
import { useWatch } from "react-hook-form";
import { readValuesText, type ValuesSnapshot, type ValuesSyntaxError } from "../../src/wizard/values-state";
import type { WizardForm } from "./types";

export interface TValuesState {
  /** The values.yaml text as it is now. */
  text: string;
  /** What the last text that parsed says (the current text when it parses). */
  lastGood: ValuesSnapshot;
  /** The current text's syntax error; the form is read-only while there is one. */
  syntaxError: ValuesSyntaxError | undefined;
}

const ValuesStateContext = createContext<TValuesState | null>(null);

function defaultsSnapshot(): ValuesSnapshot {
  const reading = readValuesText("");
  if (!reading.ok) throw new Error("the empty values.yaml must parse");
  return reading.snapshot;
}

export function ValuesStateProvider({ children }: { children: ReactNode }) {
  const text = useWatch<WizardForm, "valuesText">({ name: "valuesText" });
  const reading = readValuesText(text);
  const [lastGood, setLastGood] = useState<ValuesSnapshot>(() => (reading.ok ? reading.snapshot : defaultsSnapshot()));
  // React's pattern for state derived from a change: adjusted during render, not in an effect.
  if (reading.ok && reading.snapshot !== lastGood) setLastGood(reading.snapshot);
  const shown = reading.ok ? reading.snapshot : lastGood;
  const syntaxError = reading.ok ? undefined : reading;
  const state = useMemo(() => ({ text, lastGood: shown, syntaxError }), [text, shown, syntaxError]);
  return <ValuesStateContext value={state}>{children}</ValuesStateContext>;
}

export function useValuesState(): TValuesState {
  const state = use(ValuesStateContext);
  if (!state) throw new Error("useValuesState needs a ValuesStateProvider above it");
  return state;
}
