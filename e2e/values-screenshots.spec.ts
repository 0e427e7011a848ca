// The editable values pane, the import dialog and the changes diffs at a laptop's width and at
// 800px, as a user sees them (saved under e2e/screenshots/).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, openWizard, test } from "./fixtures";
import { valuesEditor } from "./helpers";

const vendor = readFileSync(join(import.meta.dirname, "fixtures", "vendor-0.15.0-values.yaml"), "utf8");

for (const width of [1440, 800]) {
  test(`values pane, import dialog and changes at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openWizard(page);
    await page.getByRole("button", { name: "Import values.yaml" }).click();
    const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
    await dialog.getByRole("textbox", { name: "values.yaml to import" }).fill(vendor);
    await expect(dialog.getByRole("alert").filter({ hasText: "Understood" })).toBeVisible();
    await expect(dialog.getByRole("alert", { name: /^helm upgrade/ })).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/import-modal-${width}.png`, animations: "disabled" });
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    // The notice closes by itself; waiting for that (rather than clicking its close button while
    // it slides in, which a busy machine can miss) keeps it out of the screenshots.
    const notice = page.getByRole("alert").filter({ hasText: "Imported values.yaml" });
    await expect(notice).toBeVisible();
    await expect(notice).toBeHidden({ timeout: 15_000 });

    const preview = page.getByRole("region", { name: "Preview" });
    const editor = await valuesEditor(page);
    await expect(editor).toContainText("# engine.toml: point the engine at our registry mirror");
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/screenshots/values-editor-${width}.png`, animations: "disabled", fullPage: width < 1000 });

    await preview.getByRole("tab", { name: "changes" }).click();
    await expect(preview.locator(".monaco-diff-editor")).toHaveCount(1, { timeout: 30_000 });
    await expect(preview.locator(".monaco-diff-editor .line-insert").first()).toBeVisible();
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/screenshots/changes-diff-${width}.png`, animations: "disabled", fullPage: width < 1000 });
  });
}
