import { createTheme, MantineProvider } from "@mantine/core";
import { lazy, Suspense, useEffect, useState } from "react";
import { WizardFormProvider } from "./form/WizardFormProvider";
import type { WizardStore } from "./form/wizard-store";
import { ImportProvider } from "./import/import-context";
import { WizardLayout } from "./shell/WizardLayout";

const theme = createTheme({
  primaryColor: "indigo",
  // System fonts only: the app never fetches a font, so it works offline and under a strict CSP.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  // Mantine's close buttons are icons without a name; every control needs one. Plain objects, not
  // Modal.extend(): that would bring the dialog's code into the first load.
  components: {
    Notification: { defaultProps: { closeButtonProps: { "aria-label": "Close notification" } } },
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close dialog" } } },
  },
});

// Nothing to show at first: notifications come later, so their code loads after the first paint.
const Notifications = lazy(() => import("./shell/NotificationsHost"));

export function App({ store }: { store: WizardStore }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(id);
  }, []);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
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
