// The wizard's one state: a react-hook-form form over the release and the user's values.yaml
// text. Every change is saved to this browser (without secrets, SaveOnChange.tsx), so a reload
// continues where it was.
import { type ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { SaveOnChange } from "./SaveOnChange";
import type { TStart } from "./start-state";
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
