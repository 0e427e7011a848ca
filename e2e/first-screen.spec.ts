// index.html holds a first visit's first screen, so that it paints before the wizard's scripts
// have run (app/first-screen). It must never show what the wizard would not: on a visit with
// settings to restore it stays hidden, it takes no input before the wizard owns it, and the
// wizard takes it over without a mismatch (the guarded fixture fails on the error that would log).
import { test as plain, type Page } from "@playwright/test";
// The key src/wizard/stored-state.ts saves settings under (its module does not load in Playwright's runner).
const SAVED_STATE_KEY = "dagger-helm-wizard:v2";
import { expect, openWizard, test } from "./fixtures";

const FIRST_SCREEN_HINT = "Empty means all defaults.";

/** Opens the page with the wizard's module scripts refused: what index.html alone shows. */
async function openWithoutScripts(page: Page, hash = ""): Promise<void> {
  await page.route("**/assets/*.js", (route) => route.abort());
  await page.goto(`./${hash}`);
}

plain("before the scripts run, a first visit sees the first screen, which takes no input", async ({ page }) => {
  await openWithoutScripts(page);
  await expect(page.getByRole("heading", { name: "Release", level: 2 })).toBeVisible();
  await expect(page.getByText(FIRST_SCREEN_HINT)).toBeVisible();
  await expect(page.locator("#root")).toHaveAttribute("inert", "");
  // Inert: the release name field cannot take focus, so nothing typed is kept where the form never sees it.
  await page.locator("#root input").first().focus();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

plain("the first screen paints whole: its first paint already holds the preview, on a slow CPU too", async ({ page }) => {
  // Chromium paints a page piece by piece while its parser yields; at 4x CPU the header came first
  // alone, then the form, then the preview, a full style and layout each. index.html holds the
  // paint back until the first screen is parsed (<link rel="expect">).
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { largestPaints: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(((entry as PerformanceEntry & { element?: Element }).element?.textContent ?? "").slice(0, 40));
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await openWithoutScripts(page);
  await expect(page.getByText(FIRST_SCREEN_HINT)).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { largestPaints: string[] }).largestPaints.length)).toBeGreaterThan(0);
  const first = await page.evaluate(() => (window as unknown as { largestPaints: string[] }).largestPaints[0]);
  expect(first).toContain(FIRST_SCREEN_HINT);
});

const NOT_FIRST_VISITS: { name: string; hash?: string; storage?: [string, string] }[] = [
  { name: "settings saved in this browser", storage: [SAVED_STATE_KEY, JSON.stringify({ n: "ci", s: "dagger", t: "nameOverride: kept\n" })] },
  { name: "a link's hash", hash: "#s=abc" },
  { name: "a color scheme chosen in the wizard", storage: ["mantine-color-scheme-value", "dark"] },
];

for (const visit of NOT_FIRST_VISITS) {
  plain(`with ${visit.name}, the first screen of defaults stays hidden`, async ({ page }) => {
    if (visit.storage) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), visit.storage);
    await openWithoutScripts(page, visit.hash);
    await expect(page.locator("#root")).toHaveAttribute("inert", "");
    await expect(page.getByText(FIRST_SCREEN_HINT)).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Wizard steps" })).toBeHidden();
  });
}

/** Where the visible step list stands against the step's heading. */
async function stepsPlace(page: Page): Promise<"beside" | "above"> {
  const steps = await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: /Release/ }).boundingBox();
  const heading = await page.getByRole("heading", { name: "Release", level: 2 }).boundingBox();
  if (!steps || !heading) throw new Error("the step list or the heading is not shown");
  return steps.x + steps.width <= heading.x ? "beside" : "above";
}

// One first screen for every width: the stylesheet puts the steps beside the form from 1280 px, above it below.
for (const [width, place] of [
  [1440, "beside"],
  [390, "above"],
] as const) {
  plain(`at ${width} px, the first screen has the steps ${place} the form, as the wizard will`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await openWithoutScripts(page);
    await expect(page.getByText(FIRST_SCREEN_HINT)).toBeVisible();
    expect(await stepsPlace(page)).toBe(place);
    // One list is shown, so one set of step buttons is there for a screen reader.
    await expect(page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button")).toHaveCount(8);
  });
}

test("on a phone, the wizard takes the first screen over, and the steps follow the window's width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWizard(page);
  expect(await stepsPlace(page)).toBe("above");
  await page.getByRole("textbox", { name: "Name override", exact: true }).fill("phone");
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("nameOverride: phone");
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect.poll(() => stepsPlace(page)).toBe("beside");
  await expect(page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button")).toHaveCount(8);
});

test("a first visit's first screen becomes the wizard: typing reaches the form and the preview", async ({ page }) => {
  await openWizard(page);
  const name = page.getByRole("textbox", { name: "Name override", exact: true });
  await name.fill("first");
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("nameOverride: first");
});

test.describe("in the dark", () => {
  test.use({ colorScheme: "dark" });

  plain("a first visit's first screen is dark before the scripts run", async ({ page }) => {
    await openWithoutScripts(page);
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
    await expect(page.getByText(FIRST_SCREEN_HINT)).toBeVisible();
    // The theme toggle shows the sun (to light), as the wizard's own will: the stylesheet picks the icon.
    await expect(page.locator(".tabler-icon-sun")).toBeVisible();
    await expect(page.locator(".tabler-icon-moon")).toBeHidden();
  });

  test("the wizard takes the dark first screen over", async ({ page }) => {
    await openWizard(page);
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
    await expect(page.getByRole("button", { name: "Switch to light theme" })).toBeVisible();
  });
});
