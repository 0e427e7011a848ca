// The wizard's one state: the release and the user's values.yaml text, in a store the components
// subscribe to piece by piece (wizard-store.ts, use-wizard.ts). The values worker reads the text
// on every change; every change is saved to this browser (without secrets, SaveOnChange.tsx), so
// a reload continues where it was.
import { useEffect, type ReactNode } from "react";
import { connectStore } from "../worker/worker-client";
import { SaveOnChange } from "./SaveOnChange";
import { WizardStoreContext } from "./use-wizard";
import type { WizardStore } from "./wizard-store";

export function WizardFormProvider({ store, children }: { store: WizardStore; children: ReactNode }) {
  useEffect(() => connectStore(store), [store]);
  return (
    <WizardStoreContext value={store}>
      <SaveOnChange />
      {children}
    </WizardStoreContext>
  );
}
