// Steps the journeys share, written as what a user does: choose a step, press an export button,
// read what landed in the clipboard or the downloads folder.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import axeCore from "axe-core";
import { expect, type Locator, type Page } from "@playwright/test";
import { parse, parseAllDocuments } from "yaml";

/**
 * Chooses a step and waits until its form has loaded. While a step's code loads, React keeps the
 * step before it mounted (hidden), so a quick step back would find that one again, state and all.
 */
export async function goToStep(page: Page, label: string): Promise<void> {
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: label }).click();
  await expect(page.getByRole("heading", { level: 2, name: label })).toBeVisible();
  await expect(page.getByLabel(`Loading ${label}`)).toHaveCount(0);
}

/**
 * axe-core on `page`, run inside the page. Its default mode opens a blank page in the context
 * after every pass to merge the results of cross-origin frames. The wizard has none (its CSP allows
 * no other origin), and that page cost more than the pass: 1.6 s against 0.7 s, with the same rules
 * run on the same nodes. Frames of the page's own origin are still checked.
 */
export async function axe(page: Page): Promise<AxeBuilder> {
  // The builder evaluates axe's source (~600 KB) twice in every pass, ~0.25 s each, most of a pass
  // over a part of the page. Put in each frame once (until it navigates), the builder is given a
  // source that does nothing, and runs the axe already there.
  for (const frame of page.frames()) {
    if (await frame.evaluate("typeof window.axe === 'undefined'")) await frame.evaluate(axeCore.source);
  }
  return new AxeBuilder({ page, axeSource: "undefined" }).setLegacyMode(true);
}

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Presses `button` and waits for a notification with `confirmation` that came after the press. A
 * notification of the same words from an earlier press may still be on screen (they stay a few
 * seconds), so the ones already there are marked first and do not count.
 */
export async function pressAndConfirm(page: Page, button: Locator, confirmation: string): Promise<void> {
  await page.getByRole("alert").evaluateAll((shown) => {
    for (const notification of shown) notification.setAttribute("data-before-press", "");
  });
  await button.click();
  await expect(page.locator('[role="alert"]:not([data-before-press])').filter({ hasText: confirmation }).last()).toBeVisible();
}

/** Presses an export button and waits for its confirmation. */
export async function exportAction(page: Page, button: string, confirmation: string): Promise<void> {
  await pressAndConfirm(page, page.getByRole("group", { name: "Export" }).getByRole("button", { name: button }), confirmation);
}

/** Presses a download button and returns the file's name and text. */
export async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent("download");
  await page.getByRole("group", { name: "Export" }).getByRole("button", { name: button }).click();
  const file = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8") };
}

/** The downloaded values.yaml's text after the schema line the export puts first (and checks is there). */
export async function downloadedValuesText(page: Page): Promise<string> {
  const { name, text } = await download(page, "Download values.yaml");
  expect(name).toBe("values.yaml");
  const [first, ...rest] = text.split("\n");
  expect(first).toMatch(/^# yaml-language-server: \$schema=http:\/\/127\.0\.0\.1:\d+\/values\.schema\.json$/);
  return rest.join("\n");
}

/** The values.yaml the wizard exports, parsed; {} for an empty file (the chart's defaults). */
export async function downloadedValues(page: Page): Promise<unknown> {
  const { name, text } = await download(page, "Download values.yaml");
  expect(name).toBe("values.yaml");
  return parse(text) ?? {};
}

/** The manifests.yaml the wizard exports, as parsed documents (strict: a duplicated key fails). */
export async function downloadedManifests(page: Page): Promise<Record<string, unknown>[]> {
  const { name, text } = await download(page, "Download manifests.yaml");
  expect(name).toBe("manifests.yaml");
  return parseAllDocuments(text, { version: "1.1", uniqueKeys: true }).map((document) => {
    expect(document.errors).toEqual([]);
    return document.toJS() as Record<string, unknown>;
  });
}

export const kinds = (documents: Record<string, unknown>[]) => documents.map((document) => document.kind);

/** The values.yaml editor in the preview (Monaco, once it has loaded). */
export async function valuesEditor(page: Page) {
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "values.yaml" }).click();
  const editor = preview.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  return editor;
}

/**
 * Replaces the whole values.yaml in the editor by pasting (typing would auto-indent). Needs the
 * clipboard permissions: test.use({ permissions: ["clipboard-read", "clipboard-write"] }).
 */
export async function replaceValuesText(page: Page, text: string): Promise<void> {
  const editor = await valuesEditor(page);
  await editor.click();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  // Monaco may paste once it has read the clipboard, a moment after the key: the next key could
  // come first (a Ctrl+Home before a long paste left the view at its end). The paste is done when
  // the editor shows the end of the new text, where it leaves the cursor.
  const lastLine = text.trimEnd().split("\n").at(-1) ?? "";
  await expect
    .poll(async () => {
      const shown = await shownLines(editor);
      return shown.includes(lastLine) && text.endsWith(shown);
    }, { message: "the pasted text reaches the values editor", timeout: 30_000 })
    .toBe(true);
}

/** The lines the values editor shows (all of them for a short text). */
export async function valuesEditorLines(page: Page): Promise<string> {
  return shownLines(await valuesEditor(page));
}

/** The lines a Monaco editor shows, top to bottom. */
async function shownLines(editor: Locator): Promise<string> {
  const lines = await editor.locator(".view-line").evaluateAll((elements) =>
    elements
      .map((element) => ({ top: parseFloat((element as HTMLElement).style.top), text: (element.textContent ?? "").replace(/\u00a0/g, " ") }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text),
  );
  return lines.join("\n");
}

/** Opens the Install and GitOps dialog on one of its tabs (Helm, Flux, Argo CD). */
export async function installDialog(page: Page, tab: "Helm" | "Flux" | "Argo CD" = "Helm") {
  await page.getByRole("group", { name: "Export" }).getByRole("button", { name: "Install and GitOps" }).click();
  const dialog = page.getByRole("dialog", { name: "Install and GitOps" });
  await dialog.getByRole("tab", { name: tab }).click();
  return dialog;
}

/** Closes the Install and GitOps dialog. */
export async function closeInstallDialog(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Install and GitOps" })).toBeHidden();
}

/** Downloads a GitOps file from its tab of the Install and GitOps dialog; returns its name and text. */
export async function gitOpsDownload(page: Page, tab: "Flux" | "Argo CD"): Promise<{ name: string; text: string }> {
  const dialog = await installDialog(page, tab);
  const started = page.waitForEvent("download");
  await dialog.getByRole("button", { name: /^Download / }).click();
  const file = await started;
  const result = { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
  await closeInstallDialog(page);
  return result;
}

/** Copies the Helm commands from the Install and GitOps dialog and closes it again; returns them. */
export async function copiedInstallCommands(page: Page): Promise<string> {
  const dialog = await installDialog(page, "Helm");
  await pressAndConfirm(page, dialog.getByRole("button", { name: "Copy install commands" }), "Install commands copied");
  const text = await clipboardText(page);
  await closeInstallDialog(page);
  return text;
}
