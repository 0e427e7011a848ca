// A user comes back the next day: the settings are still there. Reset asks before it throws them away.
import { expect, openWizard, test } from "./fixtures";
import { downloadedValues } from "./helpers";

test("settings survive a reload; Reset asks first, and then really resets", async ({ page }) => {
  await openWizard(page);
  const pullPolicy = page.getByRole("combobox", { name: "Pull policy" });
  await pullPolicy.selectOption("Never");
  await page.getByRole("textbox", { name: "Namespace" }).fill("ci");

  await page.reload();
  await expect(pullPolicy).toHaveValue("Never");
  await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("ci");

  await page.getByRole("button", { name: "Reset", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Reset to defaults?" });
  await expect(dialog).toContainText("cannot be undone");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(pullPolicy).toHaveValue("Never");

  await page.getByRole("button", { name: "Reset", exact: true }).click();
  await dialog.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(pullPolicy).toHaveValue("IfNotPresent");
  await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("dagger");
  expect(await downloadedValues(page)).toEqual({});

  await page.reload();
  await expect(pullPolicy).toHaveValue("IfNotPresent");
});
