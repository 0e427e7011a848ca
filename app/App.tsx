import { createTheme, MantineProvider, Modal, Notification } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import type { TStart } from "./form/start-state";
import { WizardFormProvider } from "./form/WizardFormProvider";
import { ImportProvider } from "./import/import-context";
import { WizardLayout } from "./shell/WizardLayout";

const theme = createTheme({
  primaryColor: "indigo",
  // System fonts only: the app never fetches a font, so it works offline and under a strict CSP.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  // Mantine's close buttons are icons without a name; every control needs one.
  components: {
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close notification" } } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close dialog" } } }),
  },
});

export function App({ start }: { start: TStart }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-left" limit={4} />
      <WizardFormProvider start={start}>
        <ImportProvider>
          <WizardLayout notice={start.notice} />
        </ImportProvider>
      </WizardFormProvider>
    </MantineProvider>
  );
}
