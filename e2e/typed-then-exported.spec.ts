// A form field's write into values.yaml follows the frame that shows the typed character. A copy
// pressed in the same moment must still hold what was typed: the export makes the waiting writes
// first. The key and the press are made in one task of the page, before any frame can come, so
// the journey does not depend on how fast the machine is.
import { expect, openWizard, test } from "./fixtures";
import { clipboardText } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a value typed and copied in the same moment is in the copied values.yaml", async ({ page }) => {
  await openWizard(page);
  await expect(page.getByText("live", { exact: true })).toBeVisible();
  const field = page.getByRole("textbox", { name: "Name override", exact: true });
  await expect(field).toBeEditable();

  await page.evaluate(() => {
    const input = document.getElementById("field-nameOverride") as HTMLInputElement;
    // React listens for the input event and reads the value through the native setter.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "quick");
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('[role="group"][aria-label="Export"] button')];
    buttons.find((button) => button.textContent?.includes("Copy values.yaml"))!.click();
  });

  await expect(page.getByRole("alert").filter({ hasText: "values.yaml copied" })).toBeVisible();
  expect(await clipboardText(page)).toBe("nameOverride: quick\n");
  await expect(field).toHaveValue("quick");
});
