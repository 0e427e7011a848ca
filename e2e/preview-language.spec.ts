// The read-only views (manifests, the changes diffs) are drawn with YAML's colours but without
// monaco-yaml's language worker, which parsed each of their models on every change and sent back an
// outline and diagnostics nobody reads (~23 ms of the page per keystroke with a 100 KB file and the
// changes tab open). The values.yaml editor keeps it: its hovers, completion and problems come from
// the chart's schema there.
import type { Locator } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";
import { valuesEditor } from "./helpers";

/** The language Monaco gives the editor's model, and how many token colours its lines use. */
async function languageAndColours(editor: Locator): Promise<{ language: string | null; colours: number }> {
  await expect(editor.locator(".view-line").first()).toBeVisible({ timeout: 30_000 });
  // Monaco writes it on the editor's element or on the element it was created in.
  const language = await editor.evaluate((element) => (element.closest("[data-mode-id]") ?? element.querySelector("[data-mode-id]"))?.getAttribute("data-mode-id") ?? null);
  const colours = await editor.locator(".view-line span[class^='mtk']").evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
  return { language, colours };
}

test("the manifests and changes views are YAML in colour without the YAML language worker; the values.yaml editor keeps it", async ({ page }) => {
  await openWizard(page);
  const preview = page.getByRole("region", { name: "Preview" });

  expect((await languageAndColours(await valuesEditor(page))).language).toBe("yaml");

  await preview.getByRole("tab", { name: "manifests" }).click();
  const manifests = await languageAndColours(preview.getByRole("tabpanel").locator(".monaco-editor").first());
  expect(manifests.language).toBe("yaml-preview");
  // Keys, strings, numbers and comments (the # Source lines) each in their colour.
  expect(manifests.colours).toBeGreaterThanOrEqual(3);

  await preview.getByRole("tab", { name: "changes" }).click();
  await expect(preview.locator(".monaco-diff-editor")).toHaveCount(2, { timeout: 30_000 });
  for (const editor of await preview.locator(".monaco-diff-editor .editor.modified").all()) {
    const diff = await languageAndColours(editor);
    expect(diff.language).toBe("yaml-preview");
    expect(diff.colours).toBeGreaterThanOrEqual(2);
  }
});
