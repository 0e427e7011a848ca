// A user switches to the dark theme: the page and the preview's editor follow, and it is kept.
import { expect, openWizard, test } from "./fixtures";

test("the theme toggle switches the page and Monaco to dark and back, and survives a reload", async ({ page }) => {
  await openWizard(page);
  const html = page.locator("html");
  const editor = page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first();
  await expect(html).toHaveAttribute("data-mantine-color-scheme", "light");
  await expect(editor).toHaveClass(/\bvs\b/, { timeout: 30_000 });

  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(html).toHaveAttribute("data-mantine-color-scheme", "dark");
  await expect(editor).toHaveClass(/\bvs-dark\b/);
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(36, 36, 36)");

  await page.reload();
  await expect(html).toHaveAttribute("data-mantine-color-scheme", "dark");
  await expect(page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first()).toHaveClass(/\bvs-dark\b/, { timeout: 30_000 });

  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(html).toHaveAttribute("data-mantine-color-scheme", "light");
  await expect(editor).toHaveClass(/\bvs\b/);
});
