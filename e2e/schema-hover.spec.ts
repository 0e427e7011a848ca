// A user hovers a key in values.yaml to read what the chart says about it: the description shows
// whole, placeholders such as <appVersion> included, and its "Source" link opens the chart's
// schema from the wizard's own address (the fixture fails the test on a request to another host).
import { readFileSync } from "node:fs";
import { expect, openWizard, test } from "./fixtures";
import { replaceValuesText, valuesEditor } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const SCHEMA = JSON.parse(readFileSync("chart/dagger-helm/values.schema.json", "utf8")) as unknown;

async function hoverImageRef(page: import("@playwright/test").Page) {
  await openWizard(page);
  await replaceValuesText(page, "engine:\n  image:\n    ref: registry.example.com/dagger/engine:v0.21.8\n");
  const editor = await valuesEditor(page);
  await editor.locator(".view-line span", { hasText: /^ref$/ }).hover();
  const hover = page.locator(".monaco-hover").filter({ hasText: "Full image reference" });
  await expect(hover).toBeVisible({ timeout: 15_000 });
  return hover;
}

test("the hover shows placeholders in angle brackets as text", async ({ page }) => {
  const hover = await hoverImageRef(page);
  await expect(hover).toContainText("Full image reference; empty means registry.dagger.io/engine:v<appVersion>");
});

test("the hover's Source link opens the chart's schema from the wizard's own address", async ({ page, context }) => {
  const hover = await hoverImageRef(page);
  // Its text is the file's name (after a backslash under the Windows user agent that Playwright's
  // "Desktop Chrome" sends: monaco-yaml takes the name from a file-system path).
  const link = hover.getByRole("link", { name: /values\.schema\.json$/ });
  // Relative to the page, so that it holds wherever the wizard is served from.
  expect(await link.getAttribute("data-href")).toBe(new URL("values.schema.json", page.url()).href);
  const opened = context.waitForEvent("page");
  await link.click();
  const schemaPage = await opened;
  await schemaPage.waitForLoadState();
  expect(schemaPage.url()).toBe(new URL("values.schema.json", page.url()).href);
  const response = await page.request.get(schemaPage.url());
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual(SCHEMA);
});
