// Walks through every step with Next, as a user would, and keeps a screenshot of each one in
// e2e/screenshots/ (committed, so a change in how the wizard looks shows in review).
import { expect, openWizard, test } from "./fixtures";

test("every step is reachable with Next and Back, and each gets a screenshot", async ({ page }) => {
  await openWizard(page);
  const steps = page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button");
  const count = await steps.count();
  expect(count).toBe(7);
  // Monaco replaces the plain-text preview once it has loaded; wait for it so screenshots are stable.
  await expect(page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });

  for (let index = 0; index < count; index++) {
    const heading = page.getByRole("heading", { level: 2 });
    const label = (await heading.textContent())?.trim() ?? `step-${index}`;
    await expect(heading).toBeVisible();
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
