// axe-core on everything a user can see: every step, every preview tab and every dialog, in the
// light and the dark theme. No rule is turned off; a violation fails the journey with the rule,
// the element and axe's reason, so the cause can be fixed rather than the rule.
import type { Locator, Page } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";
import { axe } from "./helpers";

/** What a change of step changes: the list of steps and the step's body (its heading, form and buttons). */
const STEP_PARTS = ['nav[aria-label="Wizard steps"]', "main div:has(> h2)"];
const PREVIEW = ['section[aria-label="Preview"]'];
/** What a dialog or menu adds to the page, once the page under one has been checked whole (the Import dialog's pass). */
const DIALOG = ['[role="dialog"]'];
const STEPS = ["Release", "Deployment", "Storage", "Security", "Engine", "Scheduling", "Connect", "Review"];

/**
 * Runs axe on the page as it is now, or on the parts of it named by `only` (CSS selectors), and
 * expects no violation, naming `where` if there is one. A pass over the whole page with Monaco on
 * it takes seconds; where only a part changed since the last whole pass, checking that part finds
 * the same violations.
 */
async function expectNoViolations(page: Page, where: string, only: readonly string[] = []): Promise<void> {
  const builder = await axe(page);
  for (const selector of only) {
    // A part that is not there would be a pass that checked nothing.
    await expect(page.locator(selector).first(), `${where}: ${selector}`).toBeVisible();
    builder.include(selector);
  }
  const results = await builder.analyze();
  const found = results.violations.map((violation) => ({
    rule: `${violation.id} (${violation.impact}): ${violation.help}`,
    elements: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`),
  }));
  expect(found, `axe on ${where}`).toEqual([]);
}

/**
 * Waits until `target` and what it holds have finished their opening transition: axe reads the
 * colours as drawn, and a menu halfway through its fade has text of too little contrast.
 */
async function settled(target: Locator): Promise<void> {
  await expect
    .poll(() => target.evaluate((element) => getComputedStyle(element).opacity === "1" && element.getAnimations({ subtree: true }).length === 0), { message: "the opening transition ends" })
    .toBe(true);
}

/** Opens the wizard and waits for Monaco, which replaces the plain values text once it has loaded. */
async function openWithEditor(page: Page): Promise<void> {
  await openWizard(page);
  await expect(page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // Each axe pass over a page with Monaco on it takes seconds; these journeys make many.
    test.describe.configure({ timeout: 240_000 });

    test("every step has no accessibility violations", async ({ page }) => {
      await openWithEditor(page);
      await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", scheme);
      const steps = page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button");
      await expect(steps).toHaveCount(STEPS.length);
      for (let index = 0; index < STEPS.length; index++) {
        await steps.nth(index).click();
        const heading = page.getByRole("heading", { level: 2 });
        await expect(heading).toHaveText(STEPS[index]!);
        await expect(page.getByRole("status", { name: /^Loading/ })).toHaveCount(0);
        // After the first whole page, a step changes the step list and the step's own body.
        await expectNoViolations(page, `step ${index + 1} (${STEPS[index]})`, index ? STEP_PARTS : []);
      }
    });

    test("every preview tab has no accessibility violations, with a problem shown too", async ({ page }) => {
      await openWithEditor(page);
      const preview = page.getByRole("region", { name: "Preview" });
      await expectNoViolations(page, "the values.yaml tab");
      await preview.getByRole("tab", { name: "manifests" }).click();
      await expect(preview.locator(".monaco-editor").first()).toContainText("# Source: dagger-helm/templates/");
      await expectNoViolations(page, "the manifests tab", PREVIEW);
      await preview.getByRole("tab", { name: "changes" }).click();
      await expect(preview.locator(".monaco-diff-editor")).toHaveCount(1, { timeout: 30_000 });
      // A diff shows two editors (the defaults and the user's values); each has its own name.
      await expect(preview.getByRole("textbox", { name: "values against the defaults: chart defaults" })).toHaveCount(1);
      await expect(preview.getByRole("textbox", { name: "values against the defaults", exact: true })).toHaveCount(1);
      await expectNoViolations(page, "the changes tab", PREVIEW);
      await preview.getByRole("radiogroup", { name: "Diff of" }).getByText("manifests").click();
      await expect(preview.getByRole("textbox", { name: "manifests against the defaults: chart defaults" })).toHaveCount(1, { timeout: 30_000 });
      await expect(preview.getByRole("textbox", { name: "manifests against the defaults", exact: true })).toHaveCount(1);
      await expectNoViolations(page, "the changes tab's manifests diff", PREVIEW);

      // A release name Helm refuses: the problem list, the "out of date" badge and the striped views.
      await page.getByRole("textbox", { name: "Release name" }).fill("Not_Valid");
      await expect(preview.getByText("out of date", { exact: true })).toBeVisible();
      await expectNoViolations(page, "the changes tab out of date", [...STEP_PARTS, ...PREVIEW]);
      await preview.getByRole("tab", { name: "values.yaml" }).click();
      await expectNoViolations(page, "the values.yaml tab with a problem", PREVIEW);
    });

    test("every dialog and menu has no accessibility violations", async ({ page }) => {
      await openWithEditor(page);
      const header = page.getByRole("banner");

      await header.getByRole("button", { name: "Import values.yaml" }).click();
      const importDialog = page.getByRole("dialog", { name: "Import values.yaml" });
      await importDialog.getByRole("textbox", { name: "values.yaml to import" }).fill("engine:\n  kind: StatefulSet\n  port: 1234\n");
      await expect(importDialog.getByRole("button", { name: "Import", exact: true })).toBeEnabled();
      await settled(importDialog);
      await expectNoViolations(page, "the Import dialog");
      await page.keyboard.press("Escape");
      await expect(importDialog).toBeHidden();

      await header.getByRole("button", { name: "Share" }).click();
      const shareDialog = page.getByRole("dialog", { name: "Share these settings" });
      await expect(shareDialog).toBeVisible();
      await settled(shareDialog);
      await expectNoViolations(page, "the Share dialog", DIALOG);
      await page.keyboard.press("Escape");
      await expect(shareDialog).toBeHidden();

      await page.getByRole("group", { name: "Export" }).getByRole("button", { name: "Install and GitOps" }).click();
      const installDialog = page.getByRole("dialog", { name: "Install and GitOps" });
      await settled(installDialog);
      for (const tab of ["Helm", "Flux", "Argo CD"]) {
        await installDialog.getByRole("tab", { name: tab }).click();
        await expect(installDialog.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
        await expectNoViolations(page, `the Install and GitOps dialog, ${tab} tab`, DIALOG);
      }
      await page.keyboard.press("Escape");
      await expect(installDialog).toBeHidden();

      await header.getByRole("button", { name: "Presets" }).click();
      await expect(page.getByRole("menu")).toBeVisible();
      await settled(page.getByRole("menu"));
      await expectNoViolations(page, "the Presets menu", ['[role="menu"]']);
      await page.keyboard.press("Escape");
      await expect(page.getByRole("menu")).toBeHidden();

      await header.getByRole("button", { name: "Reset", exact: true }).click();
      const resetDialog = page.getByRole("dialog", { name: "Reset to defaults?" });
      await expect(resetDialog).toBeVisible();
      await settled(resetDialog);
      await expectNoViolations(page, "the Reset dialog", DIALOG);
      await page.keyboard.press("Escape");
      await expect(resetDialog).toBeHidden();
    });
  });
}

// A part of a step that is still loading stands in as a named status, which axe accepts and the
// step journeys above wait for: the engine.json fields' stand-in had a name and no role, and axe
// failed the Engine step whenever it ran before their chunk came.
test("a part still loading is a named status with no violation", async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/EngineJsonForm-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openWithEditor(page);
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: "Engine" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Engine");
  await expect(page.getByRole("status", { name: "Loading the engine.json fields" })).toBeVisible();
  await expectNoViolations(page, "the Engine step while its engine.json fields load", STEP_PARTS);
  release();
  await expect(page.getByRole("status", { name: "Loading the engine.json fields" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Engine");
});
