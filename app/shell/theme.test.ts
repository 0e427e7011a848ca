import { DEFAULT_THEME, mergeMantineTheme } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { contrast, cssVariablesResolver, readableOn, theme } from "./theme";

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const variables = cssVariablesResolver(merged);
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

  it("links and primary buttons", () => {
    const primary = merged.colors[merged.primaryColor]!;
    const lightShade = typeof merged.primaryShade === "number" ? merged.primaryShade : merged.primaryShade.light;
    // Mantine draws links with the primary colour's light shade itself, not the variable.
    expect(contrast(primary[lightShade], merged.white)).toBeGreaterThanOrEqual(AA);
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
