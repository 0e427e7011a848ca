// A keyboard user goes into the code editors and out again: Tab and Shift+Tab leave unless they
// turned Tab-to-indent on (the hint beside each editor says how), Escape always leaves, a button
// skips the values editor, and "Add entry" / "Add toleration" put the cursor in the new row.
import type { Page } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";

async function openStep(page: Page, label: string) {
  const step = page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: label });
  await step.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: label })).toBeVisible();
}

test("Tab, Shift+Tab and Escape leave the editors; Tab indents only when asked; new rows get focus", async ({ page }) => {
  await openWizard(page);
  await openStep(page, "Engine");
  const toml = page.getByRole("textbox", { name: "engine.toml" });
  await expect(toml).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator(".monaco-editor").filter({ has: toml })).toBeVisible({ timeout: 30_000 });
  const hint = page.getByText("Tab and Shift+Tab move to the next field; Esc leaves the editor.").first();
  await expect(hint).toBeVisible();

  // Into the editor with Tab, type, and out again with Tab: nothing inserted, focus moved on.
  await page.getByRole("heading", { level: 2, name: "Engine" }).focus();
  for (let press = 0; press < 15 && !(await toml.evaluate((node) => node === document.activeElement)); press++) await page.keyboard.press("Tab");
  await expect(toml).toBeFocused();
  await page.keyboard.type("debug = true");
  await page.keyboard.press("Tab");
  await expect(toml).not.toBeFocused();
  const after = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
  expect(after).toBeTruthy();
  // Shift+Tab comes back, Shift+Tab again leaves backwards.
  await page.keyboard.press("Shift+Tab");
  await expect(toml).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(toml).not.toBeFocused();
  // Escape leaves forwards.
  await toml.focus();
  await page.keyboard.press("Escape");
  await expect(toml).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(after);

  // Tab-to-indent, switched on from the keyboard: Tab indents, Escape still leaves, Ctrl+M switches back.
  const indents = page.getByRole("switch", { name: "Tab indents (Ctrl+M)" }).first();
  await indents.focus();
  await page.keyboard.press("Space");
  await expect(indents).toBeChecked();
  await expect(page.getByText("Tab indents; Esc leaves the editor.").first()).toBeVisible();
  await toml.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.type("x = 1");
  await expect(toml).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(toml).not.toBeFocused();
  await toml.focus();
  await page.keyboard.press("ControlOrMeta+m");
  await expect(indents).not.toBeChecked();
  await page.keyboard.press("Tab");
  await expect(toml).not.toBeFocused();

  // What was typed, with the indent Tab made, is in values.yaml.
  const values = page.getByRole("textbox", { name: "values.yaml (editable)" });
  const editorText = await page.locator(".monaco-editor").filter({ has: values }).locator(".view-lines").innerText();
  expect(editorText.replace(/\u00a0/g, " ")).toContain("debug = true");
  expect(editorText.replace(/\u00a0/g, " ")).toMatch(/\n\s+ {2}x = 1/);

  // The values editor: a button before it skips to the export buttons.
  const skip = page.getByRole("button", { name: "Skip to export buttons" });
  await skip.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Export" }).getByRole("button", { name: "Copy values.yaml" })).toBeFocused();
  // Tab from the values editor goes on to what follows it, not into the text.
  await values.focus();
  await page.keyboard.press("Tab");
  await expect(values).not.toBeFocused();

  // New rows take the focus.
  await openStep(page, "Scheduling");
  await page.getByRole("button", { name: "Add entry" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Node selector key 1" })).toBeFocused();
  await page.keyboard.type("kubernetes.io/os");
  // A removed row leaves the keyboard on the Remove button of the row in its place, then on Add.
  await page.getByRole("button", { name: "Add entry" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Node selector key 2" })).toBeFocused();
  await page.keyboard.type("disk");
  await page.getByRole("button", { name: "Remove node selector 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Remove node selector 1" })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Node selector key 1" })).toHaveValue("disk");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Add entry" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Node selector key 1" })).toBeFocused();
  await page.keyboard.type("kubernetes.io/os");
  await page.getByRole("button", { name: "Add toleration" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Toleration 1 key" })).toBeFocused();

  // How the hint looks beside an editor, wide and on a phone, light and dark (kept in e2e/screenshots/).
  await openStep(page, "Engine");
  const editorBox = page.locator(".monaco-editor").filter({ has: toml });
  for (const theme of ["light", "dark"]) {
    if (theme === "dark") await page.getByRole("button", { name: "Switch to dark theme" }).click();
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await editorBox.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `e2e/screenshots/editor-keys-${width}-${theme}.png`, animations: "disabled" });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }
});

for (const [key, direction] of [
  ["Tab", "forward"],
  ["Shift+Tab", "backward"],
] as const) {
  test(`${key} leaves ${direction} past a suggestion of the word just typed, as it does without one`, async ({ page }) => {
    await openWizard(page);
    await openStep(page, "Engine");
    const toml = page.getByRole("textbox", { name: "engine.toml" });
    const editor = page.locator(".monaco-editor").filter({ has: toml });
    await expect(editor).toBeVisible({ timeout: 30_000 });
    await toml.focus();
    // Words the list offers: "truest" keeps it open once "true" is typed in full.
    await page.keyboard.type("# true or truest");
    await page.keyboard.press("Enter");
    // The list that typing opens (late, on a busy machine) is still open when the word is
    // complete: taking its first offer, "true", would change nothing.
    await page.keyboard.type("debug = t");
    const suggestions = editor.locator(".suggest-widget.visible");
    // Typing opens it (not Ctrl+Space, whose list Monaco lets Tab take in any case); a keystroke
    // whose list did not come is typed again.
    await expect(async () => {
      await page.keyboard.type("r");
      try {
        await expect(suggestions.getByText("truest")).toBeVisible({ timeout: 2_000 });
      } catch (error) {
        await page.keyboard.press("Backspace");
        throw error;
      }
    }).toPass({ timeout: 20_000 });
    await page.keyboard.type("ue");
    await expect(suggestions.locator(".monaco-list-row.focused")).toContainText(/^true/);
    await page.keyboard.press(key);
    await expect(toml).not.toBeFocused();
    await expect(suggestions).toHaveCount(0);
    // The word as typed (Monaco's lines, with their spaces as no-break spaces).
    const text = async () => (await editor.locator(".view-lines").innerText()).replace(/\u00a0/g, " ");
    await expect.poll(text).toMatch(/^# true or truest\s*debug = true\s*$/);
  });
}
