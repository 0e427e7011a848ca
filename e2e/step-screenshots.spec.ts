// Walks through every step with Next, as a user would, and keeps a screenshot of each one in
// e2e/screenshots/ (committed, so a change in how the wizard looks shows in review).
import { expect, openWizard, test } from "./fixtures";

test("every step is reachable with Next and Back, and each gets a screenshot", async ({ page }) => {
  await openWizard(page);
  const steps = page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button");
  const count = await steps.count();
  expect(count).toBe(8);
  // Monaco replaces the plain-text preview once it has loaded; wait for it so screenshots are stable.
  await expect(page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });

  for (let index = 0; index < count; index++) {
    const heading = page.getByRole("heading", { level: 2 });
    const label = (await heading.textContent())?.trim() ?? `step-${index}`;
    await expect(heading).toBeVisible();
    // A step's fields load with it: a screenshot of its spinner shows nobody anything.
    await expect(page.getByRole("status", { name: /^Loading/ })).toHaveCount(0);
    const file = `${String(index + 1).padStart(2, "0")}-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.png`;
    await page.screenshot({ path: `e2e/screenshots/${file}`, fullPage: false, animations: "disabled" });
    if (index < count - 1) {
      await page.getByRole("button", { name: /^Next/ }).click();
      await expect(heading).not.toHaveText(label);
      await expect(heading).toBeFocused();
    }
  }
  await expect(page.getByRole("button", { name: /^Next/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("button", { name: /^Next/ })).toBeVisible();
});

test("the preview's tabs, a problem and the dark theme, as a user sees them", async ({ page }) => {
  await openWizard(page);
  const preview = page.getByRole("region", { name: "Preview" });
  await page.getByRole("button", { name: "Presets" }).click();
  await page.getByRole("menuitem", { name: "Runner (as kubiya-runner uses it)" }).click();
  await page.getByRole("alert").filter({ hasText: "Preset applied" }).getByRole("button", { name: "Close notification" }).click();
  await expect(preview.locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "e2e/screenshots/preview-values-runner.png", animations: "disabled" });

  await preview.getByRole("tab", { name: "manifests" }).click();
  await expect(preview.locator(".monaco-editor").first()).toContainText("# Source: dagger-helm/templates/serviceaccount.yaml");
  await page.screenshot({ path: "e2e/screenshots/preview-manifests-runner.png", animations: "disabled" });

  await preview.getByRole("tab", { name: "changes" }).click();
  await expect(preview.locator(".monaco-diff-editor").first()).toBeVisible({ timeout: 30_000 });
  await expect(preview.locator(".monaco-diff-editor .line-insert").first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/preview-changes-runner.png", animations: "disabled" });

  await page.getByRole("textbox", { name: "Release name" }).fill("Runner_1");
  await expect(preview.getByText("out of date", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await page.screenshot({ path: "e2e/screenshots/preview-problem-dark.png", animations: "disabled" });

  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByRole("dialog", { name: "Share these settings" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/share-dialog-dark.png", animations: "disabled" });
});
