// The wizard on a phone (390×844): nothing scrolls sideways on any step or preview tab, every
// header control is on screen and does its job, the preview's tabs and badge are whole, a
// toleration row keeps a label on each input when it wraps, and the import dialog's verdicts show
// all their text. Screenshots go to e2e/screenshots/.
import type { Locator, Page } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";

const STEPS = ["Release", "Deployment", "Storage", "Security", "Engine", "Scheduling", "Connect", "Review"];

test.use({ viewport: { width: 390, height: 844 } });

/** The page is no wider than the window: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${where}: the page is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

/** The element lies inside the window's width, and its own text is not cut. */
async function expectWhole(element: Locator, name: string): Promise<void> {
  await expect(element, name).toBeVisible();
  const box = (await element.boundingBox())!;
  expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(390);
  const cut = await element.evaluate((node) => [node, ...node.querySelectorAll("*")].some((inner) => inner.scrollWidth > inner.clientWidth + 1 && getComputedStyle(inner).overflow !== "visible"));
  expect(cut, `${name} shows all its text`).toBe(false);
}

async function walkStepsAndTabs(page: Page, shots: string | undefined): Promise<void> {
  const steps = page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button");
  for (const [index, label] of STEPS.entries()) {
    await steps.nth(index).click();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(label);
    await expect(page.getByRole("status", { name: /^Loading/ })).toHaveCount(0);
    await expectNoSidewaysScroll(page, `step ${label}`);
    // The engines' badge holds the workload's name, which grows with the release's.
    if (label === "Connect") await expectWhole(page.getByText("dagger-dagger-helm-engine: one engine per node"), "the engines' badge");
    if (shots) await page.screenshot({ path: `e2e/screenshots/phone-390-${shots}-${String(index + 1).padStart(2, "0")}-${label.toLowerCase()}.png`, fullPage: true, animations: "disabled" });
  }
  const preview = page.getByRole("region", { name: "Preview" });
  for (const tab of ["values.yaml", "manifests", "changes"]) {
    await preview.getByRole("tab", { name: tab }).click();
    await expect(preview.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    await expectNoSidewaysScroll(page, `the ${tab} tab`);
    for (const other of ["values.yaml", "manifests", "changes"]) await expectWhole(preview.getByRole("tab", { name: other }), `the ${other} tab`);
    await expectWhole(preview.getByText("live", { exact: true }), "the live badge");
  }
  await preview.getByRole("tab", { name: "values.yaml" }).click();
}

test("at 390px nothing scrolls sideways, on any step or preview tab, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  await openWizard(page);
  await expect(page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
  await walkStepsAndTabs(page, "light");
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await walkStepsAndTabs(page, "dark");
});

test("at 390px every header control is on screen and works", async ({ page }) => {
  await openWizard(page);
  const header = page.getByRole("banner");
  await expectNoSidewaysScroll(page, "the first screen");
  const controls = ["Import values.yaml", "Presets", "Reset", "Share", "Switch to dark theme"];
  for (const name of controls) await expectWhole(header.getByRole("button", { name, exact: true }), name);

  await header.getByRole("button", { name: "Import values.yaml" }).click();
  await expect(page.getByRole("dialog", { name: "Import values.yaml" })).toBeVisible();
  await expectNoSidewaysScroll(page, "the Import dialog");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Import values.yaml" })).toBeHidden();

  await header.getByRole("button", { name: "Presets" }).click();
  const preset = page.getByRole("menuitem", { name: /^StatefulSet with persistent cache/ });
  await expectWhole(preset, "the StatefulSet preset");
  await preset.click();
  await expect(page.getByRole("alert").filter({ hasText: "Preset applied" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first()).toContainText("StatefulSet");

  await header.getByRole("button", { name: "Reset", exact: true }).click();
  const reset = page.getByRole("dialog", { name: "Reset to defaults?" });
  await expectWhole(reset.getByRole("button", { name: "Reset to defaults" }), "Reset to defaults");
  await reset.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(reset).toBeHidden();
  await expect(page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first()).not.toContainText("StatefulSet");

  await header.getByRole("button", { name: "Share" }).click();
  const share = page.getByRole("dialog", { name: "Share these settings" });
  await expect(share).toBeVisible();
  await expectNoSidewaysScroll(page, "the Share dialog");
  await page.keyboard.press("Escape");
  await expect(share).toBeHidden();

  await header.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await page.screenshot({ path: "e2e/screenshots/phone-390-dark-header.png", animations: "disabled" });
});

test("at 390px a toleration row labels each of its inputs", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button").nth(5).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Scheduling");
  await page.getByRole("button", { name: "Add toleration" }).click();
  const row = page.getByRole("group", { name: "Toleration 1" });
  await row.scrollIntoViewIfNeeded();
  for (const [short, name] of [["Key", "key"], ["Operator", "operator"], ["Effect", "effect"]] as const) {
    const input = row.getByLabel(`Toleration 1 ${name}`);
    await expectWhole(input, `toleration 1 ${name}`);
    // The short label stands just above its own input, on any row the grid wraps it to.
    const label = row.getByText(short, { exact: true });
    await expect(label).toBeVisible();
    const [labelBox, inputBox] = [(await label.boundingBox())!, (await input.boundingBox())!];
    expect(inputBox.y - (labelBox.y + labelBox.height)).toBeLessThan(12);
    expect(Math.abs(inputBox.x - labelBox.x)).toBeLessThan(4);
  }
  await expectNoSidewaysScroll(page, "the Scheduling step with a toleration");
  await page.screenshot({ path: "e2e/screenshots/phone-390-toleration.png", fullPage: false, animations: "disabled" });
});

test("at 390px the import dialog's verdicts show all their text, long image references included", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  // Read as written for dagger's chart 1.0.0-beta.11: the migration pins its engine image, a
  // reference with no place to break (registry.dagger.io/engine:v1.0.0-beta.11).
  await dialog.getByRole("textbox", { name: "values.yaml to import" }).fill("engine:\n  annotations:\n    team: platform\n");
  const migration = dialog.getByRole("region", { name: "Moving from dagger's chart or the fork" });
  await expect(migration).toContainText("engine.image.ref pinned to registry.dagger.io/engine:v1.0.0-beta.11");
  const alerts = dialog.getByRole("alert");
  await expect(alerts).toHaveCount(2);
  for (const [index, alert] of (await alerts.all()).entries()) await expectWhole(alert, `the dialog's alert ${index + 1}`);
});
