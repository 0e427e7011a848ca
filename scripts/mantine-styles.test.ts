import { describe, expect, it } from "vitest";
import { mantineCatalog, mantineStyleProblems, type TMantineCatalog } from "./mantine-styles";

const installed = mantineCatalog();

/** A stylesheet's text as the build writes it: one rule per class. */
const sheet = (...classes: string[]) => classes.map((name) => `.${name}{color:red}`).join("");

describe("Mantine's stylesheets against the bundle", () => {
  const tabs = [...installed.get("@mantine/core/styles/Tabs.css")!];
  const input = [...installed.get("@mantine/core/styles/Input.css")!];
  const badge = [...installed.get("@mantine/core/styles/Badge.css")!];

  it("knows each installed sheet's classes, in the order of styles.css", () => {
    expect(tabs.length).toBeGreaterThan(3);
    const order = [...installed.keys()];
    // A component's dependencies come first: Input before PasswordInput, UnstyledButton before Button.
    expect(order.indexOf("@mantine/core/styles/Input.css")).toBeLessThan(order.indexOf("@mantine/core/styles/PasswordInput.css"));
    expect(order.indexOf("@mantine/core/styles/UnstyledButton.css")).toBeLessThan(order.indexOf("@mantine/core/styles/Button.css"));
    expect(order.at(-1)).toBe("@mantine/notifications/styles.css");
  });

  it("finds nothing wrong when the built sheets are those the scripts use, in order", () => {
    const scripts = [`const classes={root:"${input[0]}"};`, `x("${tabs[0]}","${tabs[1]}")`];
    expect(mantineStyleProblems(scripts, [sheet(...input) + sheet(...tabs)], installed)).toEqual([]);
  });

  it("names the sheet a bundled component needs and the build lacks", () => {
    const problems = mantineStyleProblems([`x("${tabs[0]}")`, `y("${input[0]}")`], [sheet(...input)], installed);
    expect(problems).toEqual([expect.stringContaining(`the bundle uses ${tabs[0]}, defined in @mantine/core/styles/Tabs.css, which is not imported: add \`import "@mantine/core/styles/Tabs.css";\` to app/shell/mantine-styles.ts`)]);
  });

  it("names a sheet the build has and no bundled component uses", () => {
    const problems = mantineStyleProblems([`y("${input[0]}")`], [sheet(...input) + sheet(...badge)], installed);
    expect(problems).toEqual(["@mantine/core/styles/Badge.css is imported but no bundled component uses its classes: drop it from app/shell/mantine-styles.ts"]);
  });

  it("names a sheet imported after one that styles.css puts after it", () => {
    const problems = mantineStyleProblems([`y("${input[0]}","${tabs[0]}")`], [sheet(...tabs) + sheet(...input)], installed);
    expect(problems).toEqual(["@mantine/core/styles/Tabs.css is imported before @mantine/core/styles/Input.css, which @mantine/core/styles.css has first: import it after that one in app/shell/mantine-styles.ts"]);
  });

  it("reads a catalog it is given, not only the installed one", () => {
    const catalog: TMantineCatalog = new Map([["a.css", new Set(["m_0000000a"])], ["b.css", new Set(["m_0000000b"])]]);
    expect(mantineStyleProblems(['"m_0000000b"'], [sheet("m_0000000b")], catalog)).toEqual([]);
    expect(mantineStyleProblems(['"m_0000000a"'], [sheet("m_0000000b")], catalog)).toHaveLength(2);
  });
});
