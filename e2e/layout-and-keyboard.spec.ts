// The wizard at a laptop's width and at 800px, and its steps driven from the keyboard alone.
import { expect, openWizard, test } from "./fixtures";

test("the preview sits beside the form when wide and under it at 800px", async ({ page }) => {
  await openWizard(page);
  const form = page.getByRole("navigation", { name: "Wizard steps" });
  const preview = page.getByRole("region", { name: "Preview" });
  const [wideForm, widePreview] = [await form.boundingBox(), await preview.boundingBox()];
  expect(widePreview!.x).toBeGreaterThan(wideForm!.x + wideForm!.width);

  await page.setViewportSize({ width: 800, height: 900 });
  await expect.poll(async () => (await preview.boundingBox())!.x).toBeLessThan(10);
  const [narrowForm, narrowPreview] = [await page.getByRole("button", { name: "Back" }).boundingBox(), await preview.boundingBox()];
  expect(narrowPreview!.y).toBeGreaterThan(narrowForm!.y);
  expect(narrowPreview!.width).toBeGreaterThan(750);
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e/screenshots/narrow-800px.png", fullPage: true, animations: "disabled" });
});

test("any step can be chosen from the keyboard, and focus lands on its heading", async ({ page }) => {
  await openWizard(page);
  const steps = page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button");
  await steps.nth(0).focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(steps.nth(2)).toBeFocused();
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 2 });
  await expect(heading).toHaveText("Storage");
  await expect(heading).toBeFocused();
  // The last step straight away: no step is locked behind another.
  await steps.nth(7).focus();
  await page.keyboard.press("Space");
  await expect(heading).toHaveText("Review");
  await page.getByRole("button", { name: "Back" }).press("Enter");
  await expect(heading).toHaveText("Connect");
});
