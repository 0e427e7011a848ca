// Steps the journeys share, written as what a user does: choose a step, press an export button,
// read what landed in the clipboard or the downloads folder.
import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { parse, parseAllDocuments } from "yaml";

export async function goToStep(page: Page, label: string): Promise<void> {
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: label }).click();
  await expect(page.getByRole("heading", { level: 2, name: label })).toBeVisible();
}

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Presses an export button and waits for its confirmation. */
export async function exportAction(page: Page, button: string, confirmation: string): Promise<void> {
  await page.getByRole("group", { name: "Export" }).getByRole("button", { name: button }).click();
  await expect(page.getByRole("alert").filter({ hasText: confirmation }).last()).toBeVisible();
}

/** Presses a download button and returns the file's name and text. */
export async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent("download");
  await page.getByRole("group", { name: "Export" }).getByRole("button", { name: button }).click();
  const file = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8") };
}

/** The values.yaml the wizard exports, parsed. */
export async function downloadedValues(page: Page): Promise<unknown> {
  const { name, text } = await download(page, "Download values.yaml");
  expect(name).toBe("values.yaml");
  return parse(text);
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
