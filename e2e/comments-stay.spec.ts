// A user imports a values.yaml with comments after the last value and after a nested block, then
// changes other values in the form: every comment stays on its line, at its indent, and only the
// changed lines differ.
import { expect, openWizard, test } from "./fixtures";
import { downloadedValuesText, goToStep, replaceValuesText, valuesEditorLines } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("comments after the last value and after a nested block stay where they were through form edits", async ({ page }) => {
  await openWizard(page);
  const text = [
    "engine:",
    "  tolerations:",
    "    - key: dedicated",
    "      operator: Exists",
    "    # tolerate the build pool",
    "  # the port below is for the runners",
    "  port: 1234",
    "  hostPath:",
    "    dataVolume:",
    "      enabled: false",
    "# last comment",
    "",
  ].join("\n");
  await replaceValuesText(page, text);
  await expect.poll(() => valuesEditorLines(page)).toBe(text);

  // A value the file does not have yet: its lines are added under engine, the comments stay.
  await goToStep(page, "Scheduling");
  await page.getByRole("textbox", { name: "CPU request" }).fill("500m");
  const expected = text.replace("      enabled: false\n", "      enabled: false\n  resources:\n    requests:\n      cpu: 500m\n");
  await expect.poll(() => valuesEditorLines(page)).toBe(expected);
  expect(await downloadedValuesText(page)).toBe(expected);
});
