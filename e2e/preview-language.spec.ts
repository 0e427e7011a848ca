// The read-only views (manifests, the changes diffs) are drawn with YAML's colours but without
// monaco-yaml's language worker, which parsed each of their models on every change and sent back an
// outline and diagnostics nobody reads (~23 ms of the page per keystroke with a 100 KB file and the
// changes tab open). The values.yaml editor keeps it: its hovers, completion and problems come from
// the chart's schema there.
import type { Locator } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";
import { valuesEditor } from "./helpers";

/** The language Monaco gives the editor's model. */
async function languageOf(editor: Locator): Promise<string | null> {
  await expect(editor.locator(".view-line").first()).toBeVisible({ timeout: 30_000 });
  // Monaco writes it on the editor's element or on the element it was created in.
  return editor.evaluate((element) => (element.closest("[data-mode-id]") ?? element.querySelector("[data-mode-id]"))?.getAttribute("data-mode-id") ?? null);
}

/**
 * Waits until the editor's lines use at least `least` token colours: Monaco may draw a new view's
 * lines before its tokenizer has coloured them (on a busy machine, a frame or more before).
 */
async function expectColours(editor: Locator, least: number): Promise<void> {
  const colours = () => editor.locator(".view-line span[class^='mtk']").evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
  await expect.poll(colours).toBeGreaterThanOrEqual(least);
}

test("the manifests and changes views are YAML in colour without the YAML language worker; the values.yaml editor keeps it", async ({ page }) => {
  await openWizard(page);
  const preview = page.getByRole("region", { name: "Preview" });

  expect(await languageOf(await valuesEditor(page))).toBe("yaml");

  await preview.getByRole("tab", { name: "manifests" }).click();
  const manifests = preview.getByRole("tabpanel").locator(".monaco-editor").first();
  expect(await languageOf(manifests)).toBe("yaml-preview");
  // Keys, strings, numbers and comments (the # Source lines) each in their colour.
  await expectColours(manifests, 3);

  await preview.getByRole("tab", { name: "changes" }).click();
  for (const diff of ["values", "manifests"]) {
    await preview.getByRole("radiogroup", { name: "Diff of" }).getByText(diff).click();
    const editor = preview.getByRole("region", { name: diff === "values" ? "Values against the chart defaults" : "Manifests against the defaults" }).locator(".monaco-diff-editor .editor.modified");
    await expect(editor).toHaveCount(1, { timeout: 30_000 });
    expect(await languageOf(editor)).toBe("yaml-preview");
    await expectColours(editor, 2);
  }
});
