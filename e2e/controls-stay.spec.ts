// A control of the first paint stays the element it was when the code behind it (a menu, a
// tooltip) loads. Replaced while a pointer was pressed on it, the press went to the old element,
// the release to the new one, and no click came: a journey clicked Presets right after the first
// paint and never got its menu.
import { expect, openWizard, test } from "./fixtures";

test("Presets, the theme button and the export switches stay the elements of the first paint; the tooltips and the menu still come", async ({ page }) => {
  await openWizard(page);
  const controls = {
    Presets: page.getByRole("banner").getByRole("button", { name: "Presets" }),
    "the theme button": page.getByRole("button", { name: "Switch to dark theme" }),
    "the schema line switch": page.getByRole("switch", { name: "Schema line for editors" }),
  };
  const first = await Promise.all(Object.values(controls).map((control) => control.elementHandle()));

  // Once a tooltip shows, the page's code after the first paint has come. A pointer already on the
  // button when the tooltip's code comes shows it at its next move: the pointer goes and comes back.
  const themeTip = page.getByRole("tooltip", { name: "Switch to dark theme" });
  await expect(async () => {
    await page.mouse.move(0, 0);
    await controls["the theme button"].hover();
    await expect(themeTip).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await controls["the schema line switch"].hover();
  await expect(page.getByRole("tooltip", { name: /points editors .* at this site's values\.schema\.json/ })).toBeVisible();
  await expect(themeTip, "a tooltip goes when the pointer leaves its control").toBeHidden();
  for (const [index, name] of Object.keys(controls).entries()) {
    expect(await first[index]?.evaluate((element) => element.isConnected), `${name}: the element of the first paint is still in the page`).toBe(true);
  }

  await controls.Presets.click();
  await expect(page.getByRole("menuitem", { name: /^StatefulSet with persistent cache/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(controls.Presets, "the menu gives the focus back to its button").toBeFocused();
  await controls.Presets.click();
  await expect(page.getByRole("menu")).toBeVisible();
});

test("from the keyboard, the first Enter on Presets opens its menu at the first preset, and Escape comes back to the button", async ({ page }) => {
  await openWizard(page);
  const presets = page.getByRole("banner").getByRole("button", { name: "Presets" });
  await presets.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem").nth(1)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(presets).toBeFocused();
});
