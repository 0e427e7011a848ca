// The text colours of the wizard's theme, derived once: Mantine's default shades put some text under
// WCAG AA's 4.5:1 (grey help text 3.3:1, white on the indigo button 4.3:1, orange and teal light
// badges 3.6 and 4.3:1, the dark theme's grey text 4.0:1). Rather than pick a replacement by eye for
// each colour, the colours that carry text are derived from Mantine's own shades, moved towards
// black (or white, in the dark theme) until they read at 4.5:1 on the background they are drawn on.
// Mantine has no such option; its autoContrast only chooses black or white text on a filled
// background.
//
// The derivation walks ~150 colours in 2% steps: ~20 ms of the first render at 1x, ~80 ms at 4x,
// for a result that only changes with Mantine's palette. `npm run gen` writes it to
// readable-colors.json, which the theme reads; theme.test.ts fails when the file is out of date.
import { darken, lighten, luminance, type MantineTheme, type MantineThemeColors } from "@mantine/core";

const WHITE = "#ffffff";

/** WCAG AA for normal text, with a little room for rounding in the colour functions. */
export const READABLE = 4.6;

/** The WCAG contrast ratio of two colours (any form Mantine's colour functions read). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * `color` itself if it reads on `background`; otherwise the first of it darkened (on a light
 * background) or lightened (on a dark one) in 2% steps that does.
 */
export function readableOn(color: string, background: string, ratio = READABLE): string {
  const towardsBlack = luminance(background) > 0.18;
  for (let step = 0; step <= 50; step++) {
    const candidate = step === 0 ? color : towardsBlack ? darken(color, step * 0.02) : lighten(color, step * 0.02);
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return towardsBlack ? "#000000" : "#ffffff";
}

/** `color` made readable (as readableOn) on every one of `backgrounds`. */
export function readableOnAll(color: string, backgrounds: readonly string[], ratio = READABLE): string {
  return backgrounds.reduce((readable, background) => readableOn(readable, background, ratio), color);
}

/**
 * Per colour, the CSS variables Mantine draws text with (see its getCSSColorVariables): the light
 * variant's text on its pale background, the filled variant's background under white text, and a
 * coloured text (c="orange") on the page.
 */
function readableColorVariables(colors: MantineThemeColors, scheme: "light" | "dark"): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    if (scheme === "light") {
      const filled = readableOn(shades[7], WHITE);
      variables[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[1]);
      variables[`--mantine-color-${name}-filled`] = filled;
      variables[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
      variables[`--mantine-color-${name}-text`] = filled;
    } else {
      const filled = readableOn(shades[8], WHITE);
      variables[`--mantine-color-${name}-filled`] = filled;
      variables[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
      variables[`--mantine-color-${name}-text`] = readableOn(shades[4], colors.dark[7]);
    }
  }
  return variables;
}

/** The pale backgrounds of light alerts and badges, where links and help text also stand. */
function tintedBackgrounds(colors: MantineThemeColors, scheme: "light" | "dark"): string[] {
  return Object.values(colors).map((shades) => (scheme === "light" ? shades[1] : darken(shades[9], 0.5)));
}

export interface TReadableColors {
  light: Record<string, string>;
  dark: Record<string, string>;
}

/**
 * The variables added to Mantine's own (MantineProvider's cssVariablesResolver). The page is white
 * in light and dark.7 in dark; links are drawn on alerts too, so they read on every tint.
 */
export function readableColors({ colors, primaryColor }: Pick<MantineTheme, "colors" | "primaryColor">): TReadableColors {
  const lightPage = [WHITE, ...tintedBackgrounds(colors, "light")];
  const darkPage = [colors.dark[7], colors.dark[6], ...tintedBackgrounds(colors, "dark")];
  return {
    light: {
      ...readableColorVariables(colors, "light"),
      "--mantine-color-dimmed": readableOnAll(colors.gray[6], lightPage),
      "--mantine-color-anchor": readableOnAll(colors[primaryColor]![7], lightPage),
      "--mantine-color-error": readableOnAll(colors.red[6], lightPage),
    },
    dark: {
      ...readableColorVariables(colors, "dark"),
      "--mantine-color-dimmed": readableOnAll(colors.dark[2], darkPage),
      "--mantine-color-anchor": readableOnAll(colors[primaryColor]![4], darkPage),
      "--mantine-color-error": readableOnAll(colors.red[8], darkPage),
    },
  };
};
