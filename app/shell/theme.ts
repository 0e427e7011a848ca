// The wizard's Mantine theme. Its text colours reach WCAG AA on the backgrounds they are drawn on:
// readable-colors.ts derives them from Mantine's shades, and `npm run gen` writes the result to
// readable-colors.json, read here.
import { createTheme, type CSSVariablesResolver, type MantineThemeOverride } from "@mantine/core";
import READABLE_COLORS from "./readable-colors.json";

export const theme: MantineThemeOverride = createTheme({
  primaryColor: "indigo",
  // Shade 6 under white text is 4.3:1; links and buttons use 7 (5.0:1). The dark theme keeps Mantine's 8.
  primaryShade: { light: 7, dark: 8 },
  // System fonts only: the app never fetches a font, so it works offline and under a strict CSP.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  // Mantine's close buttons are icons without a name; every control needs one. Plain objects, not
  // Modal.extend(): that would bring the dialog's code into the first load.
  components: {
    Notification: { defaultProps: { closeButtonProps: { "aria-label": "Close notification" } } },
    Modal: {
      defaultProps: {
        closeButtonProps: { "aria-label": "Close dialog" },
        // Mantine draws a dialog's title bar as <header>, a second page banner beside the app's own.
        attributes: { header: { role: "none" } },
      },
    },
  },
});

/** Added to Mantine's own variables: the text colours of readable-colors.json. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({ variables: {}, ...READABLE_COLORS });
