// Smaller things a user noticed (issue: the wizard as a platform engineer uses it, item 8): the
// untouched defaults are ready without a warning, a new toleration or pull secret starts empty
// and unscolded, Review names placement, and the switches and the empty values pane say what
// they mean on the page.
import { expect, openWizard, test } from "./fixtures";
import { downloadedValuesText, goToStep } from "./helpers";

test("the defaults have no warning, and Review names the node selector and the tolerations", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Review");
  await expect(page.getByText("Ready to install")).toBeVisible();
  await expect(page.getByRole("list", { name: "Warnings" })).toHaveCount(0);
  const summary = page.getByRole("table");
  await expect(summary.getByRole("row", { name: /Node selector/ })).toContainText("any node");
  await expect(summary.getByRole("row", { name: /Tolerations/ })).toContainText("none");
});

test("a new toleration starts empty with labelled inputs, and Review lists it", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Scheduling");
  await page.getByRole("button", { name: "Add toleration" }).click();
  const key = page.getByRole("textbox", { name: "Toleration 1 key" });
  await expect(key).toHaveValue("");
  await expect(key).toHaveAttribute("placeholder", "e.g. dedicated");
  // Each input has a label on the page, not only for screen readers, inside the row named for the toleration.
  const row = page.getByRole("group", { name: "Toleration 1" });
  for (const column of ["Key", "Operator", "Value", "Effect"]) await expect(row.getByText(column, { exact: true })).toBeVisible();
  await expect.poll(() => downloadedValuesText(page)).not.toMatch(/dedicated|dagger|NoSchedule/);
  await key.fill("gpu");
  await page.getByRole("textbox", { name: "Toleration 1 value" }).fill("true");
  await goToStep(page, "Review");
  await expect(page.getByRole("table").getByRole("row", { name: /Tolerations/ })).toContainText("gpu=true: any effect");
});

test("a new pull secret row is not called empty before anything was typed", async ({ page }) => {
  await openWizard(page);
  const field = page.locator('[id="field-engine.imagePullSecrets"]');
  await page.getByRole("button", { name: "Add pull secret" }).click();
  const row = page.getByRole("textbox", { name: "Pull secret 1" });
  await expect(row).toBeVisible();
  // The worker's reading of the new row has come back (the preview says what stops the render).
  await expect(page.getByRole("alert", { name: /stops? Helm from rendering/ })).toBeVisible();
  await expect(field).not.toContainText("must not be empty");
  // Once the row was visited and left empty, it is.
  await row.focus();
  await row.blur();
  await expect(field).toContainText("must not be empty");
});

test("the Minimal switch and the empty values pane say what they mean, on the page", async ({ page }) => {
  await openWizard(page);
  await expect(page.getByText("Empty means all defaults.")).toBeVisible();
  const exportGroup = page.getByRole("group", { name: "Export" });
  await expect(exportGroup.getByText("Exports keep values.yaml as it is, comments and order included.")).toBeVisible();
  await exportGroup.getByRole("switch", { name: /Minimal values.yaml/ }).check();
  await expect(exportGroup.getByText("Exports leave out your comments, key order and keys set to their default.")).toBeVisible();
});
