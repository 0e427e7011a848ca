// The chart's keys are offered as you type in values.yaml. In a large file they wait for
// Ctrl+Space: monaco-yaml parses the whole text for each completion, and typing in a 100 KB file
// then waited on that work (view-options.ts, SUGGEST_AS_YOU_TYPE_MAX_CHARS).
import type { Page } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";
import { replaceValuesText, valuesEditor } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** Types the start of a key under `engine:` (the text's first lines) and returns the suggestions widget. */
async function typeUnderEngine(page: Page, text: string) {
  await replaceValuesText(page, text);
  // The paste leaves the cursor at the end of a long text: back to its start.
  await page.keyboard.press("ControlOrMeta+Home");
  const editor = await valuesEditor(page);
  await expect(editor.locator(".view-line").filter({ hasText: "kind: DaemonSet" }).first()).toBeVisible({ timeout: 30_000 });
  await editor.locator(".view-line").filter({ hasText: "kind: DaemonSet" }).first().click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("hostP", { delay: 50 });
  return page.locator(".suggest-widget").filter({ hasText: "hostPath" });
}

test("in a small values.yaml the chart's keys come up as you type", async ({ page }) => {
  await openWizard(page);
  const suggestions = await typeUnderEngine(page, "engine:\n  kind: DaemonSet\n");
  await expect(suggestions).toBeVisible({ timeout: 15_000 });
});

test("in a values.yaml of over 50,000 characters they come up on Ctrl+Space", async ({ page }) => {
  await openWizard(page);
  const labels = Array.from({ length: 2000 }, (_, index) => `  team.example.com/label-${String(index).padStart(5, "0")}: value-${index}`).join("\n");
  const text = `engine:\n  kind: DaemonSet\nlabels:\n${labels}\n`;
  expect(text.length).toBeGreaterThan(50_000);
  const suggestions = await typeUnderEngine(page, text);
  // Long enough for a completion to come up, had it been asked for.
  await page.waitForTimeout(1500);
  await expect(suggestions).toBeHidden();
  await page.keyboard.press("Control+Space");
  await expect(suggestions).toBeVisible({ timeout: 15_000 });
});
