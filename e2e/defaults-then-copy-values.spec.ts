// A user opens the wizard, changes nothing but the image pull policy, and copies values.yaml: as
// the document is (empty for the defaults), or minimal.
import { expect, openWizard, test } from "./fixtures";
import { clipboardText, copiedInstallCommands, exportAction } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("the defaults copy as an empty values.yaml, and one change copies as exactly that change", async ({ page }) => {
  await openWizard(page);
  await expect(page.getByText("live", { exact: true })).toBeVisible();

  await exportAction(page, "Copy values.yaml", "values.yaml copied");
  expect(await clipboardText(page)).toBe("");
  const minimal = page.getByRole("switch", { name: /Minimal values.yaml/ });
  await minimal.check();
  await exportAction(page, "Copy values.yaml", "values.yaml copied");
  expect(await clipboardText(page)).toBe("{}\n");
  await minimal.uncheck();

  await page.getByRole("combobox", { name: "Pull policy" }).selectOption("Always");
  await exportAction(page, "Copy values.yaml", "values.yaml copied");
  expect(await clipboardText(page)).toBe("engine:\n  image:\n    pullPolicy: Always\n");

  expect((await copiedInstallCommands(page)).split("\n").at(-1)).toMatch(
    /^helm upgrade --install dagger dagger-helm --repo http:\/\/127\.0\.0\.1:\d+\/charts --version \S+ -n dagger -f values\.yaml$/,
  );
});
