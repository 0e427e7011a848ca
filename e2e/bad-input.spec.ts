// A user types something Helm would refuse: the preview says what and where instead of passing
// old YAML off as current, exports refuse with the reason, and nothing typed is lost.
import { expect, openWizard, test } from "./fixtures";

test("an invalid release name is explained, marks the preview out of date, blocks exports, and keeps what was typed", async ({ page }) => {
  await openWizard(page);
  const preview = page.getByRole("region", { name: "Preview" });
  const name = page.getByRole("textbox", { name: "Release name" });
  await expect(preview.getByText("live", { exact: true })).toBeVisible();

  await name.fill("Bad_Name");
  const problems = preview.getByRole("alert", { name: "1 problem stops Helm from rendering" });
  await expect(problems).toContainText('release name: "Bad_Name" must be lower-case letters, digits');
  await expect(preview.getByText("out of date", { exact: true })).toBeVisible();
  await expect(preview.getByText("The manifests and changes tabs keep the last valid output")).toBeVisible();
  await preview.getByRole("tab", { name: "manifests" }).click();
  await expect(preview.getByText("Below: the last valid output")).toBeVisible();
  await expect(preview.locator("[data-stale]")).toBeVisible();

  await page.getByRole("group", { name: "Export" }).getByRole("button", { name: "Download manifests.yaml" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Cannot export manifests.yaml yet" })).toContainText("Bad_Name");
  await expect(name).toHaveValue("Bad_Name");

  await page.getByRole("button", { name: "Next: Deployment" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Deployment" })).toBeVisible();
  await problems.getByRole("button", { name: "Go to release.name" }).click();
  await expect(name).toBeFocused();
  await expect(name).toHaveValue("Bad_Name");

  await name.fill("good-name");
  await expect(problems).toHaveCount(0);
  await expect(preview.getByText("live", { exact: true })).toBeVisible();
  await expect(preview.locator("[data-stale]")).toHaveCount(0);
});
