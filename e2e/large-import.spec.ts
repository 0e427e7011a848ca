// A user imports a values.yaml of about a megabyte (thousands of labels, under the import's
// limit). The dialog says how far its reading is, the import finishes, a field typed into after it
// keeps every letter and the manifests follow, and the file is kept across a reload. No timings
// are asserted (npm run bench measures them).
import { largeLabelsValues } from "../test/large-values";
import { expect, openWizard, test } from "./fixtures";
import { downloadedValuesText, goToStep } from "./helpers";

const { text, labels } = largeLabelsValues();
const NOT_SHOWN = new RegExp(`And ${labels - 25} more entries, not shown here`);

test("a 1 MB values.yaml imports with its progress shown; a field typed into after it reaches the manifests and survives a reload", async ({ page }) => {
  test.setTimeout(600_000);
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await dialog.locator("input[type=file]").setInputFiles({ name: "large-values.yaml", mimeType: "application/yaml", buffer: Buffer.from(text) });

  // Read in the background: its progress shows, and the text is not laid out in the text area.
  const progress = dialog.getByRole("status", { name: "Import progress" });
  await expect(progress).toContainText("Reading large-values.yaml (1.0 MB)");
  await expect(progress.getByRole("progressbar")).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "values.yaml to import" })).toHaveValue("");
  await expect(dialog.getByText(/^Understood/)).toBeVisible({ timeout: 300_000 });
  await expect(progress).toHaveCount(0);
  await expect(dialog.getByText(`this one has ${(labels + 1).toLocaleString("en")}, and is imported as written`)).toBeVisible();
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // The form shows the first labels as rows and counts the rest; the manifests carry them.
  await expect(page.getByText(NOT_SHOWN)).toBeVisible({ timeout: 300_000 });
  await expect(page.getByRole("textbox", { name: "Labels on every resource key 1", exact: true })).toHaveValue("team.example.com/label-00000");
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "manifests" }).click();
  await expect(preview.locator(".view-line", { hasText: "team.example.com/label-00000: value-0" }).first()).toBeVisible({ timeout: 300_000 });

  // Typing into a field: every letter lands, and the manifests follow (the first one is the discovery Service).
  await goToStep(page, "Engine");
  const field = page.getByRole("textbox", { name: "Discovery Service name", exact: true });
  await field.click();
  await page.keyboard.press("End");
  await page.keyboard.type("-big", { delay: 50 });
  await expect(field).toHaveValue("dagger-engine-service-big");
  await expect(preview.locator(".view-line", { hasText: "name: dagger-engine-service-big" }).first()).toBeVisible({ timeout: 300_000 });
  const exported = await downloadedValuesText(page);
  expect(exported.startsWith(text)).toBe(true);
  expect(exported.slice(text.length)).toContain("name: dagger-engine-service-big");

  // Kept in the browser: a reload opens with the file and the typed name.
  await page.reload();
  await expect(page.getByText(NOT_SHOWN)).toBeVisible({ timeout: 300_000 });
  await goToStep(page, "Engine");
  await expect(page.getByRole("textbox", { name: "Discovery Service name", exact: true })).toHaveValue("dagger-engine-service-big");
});
