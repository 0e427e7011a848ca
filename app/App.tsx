import { MantineProvider } from "@mantine/core";
import { lazy, Suspense, useEffect, useState } from "react";
import { WizardFormProvider } from "./form/WizardFormProvider";
import type { WizardStore } from "./form/wizard-store";
import { ImportProvider } from "./import/import-context";
import { cssVariablesResolver, theme } from "./shell/theme";
import { WizardLayout } from "./shell/WizardLayout";


// Nothing to show at first: notifications come later, so their code loads after the first paint.
const Notifications = lazy(() => import("./shell/NotificationsHost"));

export function App({ store }: { store: WizardStore }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(id);
  }, []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      {painted && (
        <Suspense fallback={null}>
          <Notifications />
        </Suspense>
      )}
      <WizardFormProvider store={store}>
        <ImportProvider>
          <WizardLayout />
        </ImportProvider>
      </WizardFormProvider>
    </MantineProvider>
  );
}
