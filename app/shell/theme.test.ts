import { DEFAULT_THEME, mergeMantineTheme } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { contrast, readableColors, readableOn } from "./readable-colors";
import READABLE_COLORS from "./readable-colors.json";
import { cssVariablesResolver, theme } from "./theme";

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
// What the app ships: the generated file, through the theme's resolver.
const variables = cssVariablesResolver(merged);

describe("readable-colors.json", () => {
  it("is what readable-colors.ts derives from the theme's palette (npm run gen writes it)", () => {
    expect(READABLE_COLORS, "app/shell/readable-colors.json is out of date: run npm run gen").toEqual(readableColors(merged));
  });

  it("is what the theme adds to Mantine's variables", () => {
    expect(variables).toEqual({ variables: {}, ...READABLE_COLORS });
  });
});
const AA = 4.5;

describe("readableOn", () => {
  it("keeps a colour that already reads and darkens or lightens one that does not", () => {
    expect(readableOn("#000000", "#ffffff")).toBe("#000000");
    const grey = readableOn("#868e96", "#ffffff");
    expect(contrast("#868e96", "#ffffff")).toBeLessThan(AA);
    expect(contrast(grey, "#ffffff")).toBeGreaterThanOrEqual(AA);
    expect(contrast(readableOn("#828282", "#242424"), "#242424")).toBeGreaterThanOrEqual(AA);
  });
});

describe("the theme's text colours reach WCAG AA (4.5:1)", () => {
  it("help text (dimmed) on the page, light and dark", () => {
    expect(contrast(variables.light["--mantine-color-dimmed"]!, merged.white)).toBeGreaterThanOrEqual(AA);
    expect(contrast(variables.dark["--mantine-color-dimmed"]!, merged.colors.dark[7])).toBeGreaterThanOrEqual(AA);
  });

  it("links and error messages, on the page and on every tinted alert, light and dark", () => {
    const lightPages = [merged.white, ...Object.values(merged.colors).map((shades) => shades[1])];
    for (const background of lightPages) {
      expect(contrast(variables.light["--mantine-color-anchor"]!, background), background).toBeGreaterThanOrEqual(AA);
      expect(contrast(variables.light["--mantine-color-error"]!, background), background).toBeGreaterThanOrEqual(AA);
      expect(contrast(variables.light["--mantine-color-dimmed"]!, background), background).toBeGreaterThanOrEqual(AA);
    }
    for (const background of [merged.colors.dark[7], merged.colors.dark[6]]) {
      expect(contrast(variables.dark["--mantine-color-anchor"]!, background)).toBeGreaterThanOrEqual(AA);
      expect(contrast(variables.dark["--mantine-color-error"]!, background)).toBeGreaterThanOrEqual(AA);
      expect(contrast(variables.dark["--mantine-color-dimmed"]!, background)).toBeGreaterThanOrEqual(AA);
    }
  });

  it("primary buttons", () => {
    expect(contrast(variables.light[`--mantine-color-${merged.primaryColor}-filled`]!, merged.white)).toBeGreaterThanOrEqual(AA);
  });

  for (const name of Object.keys(DEFAULT_THEME.colors)) {
    it(`${name}: light badges and alerts, filled buttons and coloured text`, () => {
      const shades = merged.colors[name]!;
      expect(contrast(variables.light[`--mantine-color-${name}-light-color`]!, shades[1])).toBeGreaterThanOrEqual(AA);
      expect(contrast(variables.light[`--mantine-color-${name}-filled`]!, merged.white)).toBeGreaterThanOrEqual(AA);
      expect(contrast(variables.light[`--mantine-color-${name}-text`]!, merged.white)).toBeGreaterThanOrEqual(AA);
      expect(contrast(variables.dark[`--mantine-color-${name}-filled`]!, merged.white)).toBeGreaterThanOrEqual(AA);
      expect(contrast(variables.dark[`--mantine-color-${name}-text`]!, merged.colors.dark[7])).toBeGreaterThanOrEqual(AA);
    });
  }
});
