import { createTheme, MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import type { TStart } from "./form/start-state";
import { WizardFormProvider } from "./form/WizardFormProvider";
import { WizardLayout } from "./shell/WizardLayout";

const theme = createTheme({
  primaryColor: "indigo",
  // System fonts only: the app never fetches a font, so it works offline and under a strict CSP.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
});

export function App({ start }: { start: TStart }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-left" limit={4} />
      <WizardFormProvider start={start}>
        <WizardLayout notice={start.notice} />
      </WizardFormProvider>
    </MantineProvider>
  );
}
