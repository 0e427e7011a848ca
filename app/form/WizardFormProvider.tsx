// The wizard's one state: a react-hook-form form over the release and the user's values.yaml
// text. Every change is saved to this browser (without secrets), so a reload continues where it was.
import { useEffect, type ReactNode } from "react";
import { FormProvider, useForm, useWatch, type Control } from "react-hook-form";
import { saveState } from "../../src/wizard/saved-state";
import { safeLocalStorage, type TStart } from "./start-state";
import type { WizardForm } from "./types";
import { ValuesStateProvider } from "./values-state";

export function WizardFormProvider({ start, children }: { start: TStart; children: ReactNode }) {
  const form = useForm<WizardForm>({ defaultValues: start.state, mode: "onChange" });
  return (
    <FormProvider {...form}>
      <SaveOnChange control={form.control} />
      <ValuesStateProvider>{children}</ValuesStateProvider>
    </FormProvider>
  );
}

function SaveOnChange({ control }: { control: Control<WizardForm> }) {
  const [release, valuesText] = useWatch({ control, name: ["release", "valuesText"] });
  useEffect(() => {
    try {
      saveState(safeLocalStorage(), { release, valuesText });
    } catch {
      // A full or forbidden storage only costs the user the restore on reload; the form goes on.
    }
  }, [release, valuesText]);
  return null;
}
