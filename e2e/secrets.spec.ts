// The magicache token is a secret: typed into the wizard, or reached through a YAML alias, it
// reaches the values.yaml the user downloads and nothing else. Not a share link, not
// localStorage or sessionStorage, not the console, not the page title, not the address or the
// history; a reload does not bring it back. On the page it is dotted out until asked for.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";
import { download, goToStep, replaceValuesText, valuesEditor } from "./helpers";

const TOKEN = "dag_tok_0f9e8d7c-secret-never-leaves";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** Records every console line and every address the page puts in the history. */
async function watchTraces(page: Page, context: BrowserContext): Promise<string[]> {
  const consoleLines: string[] = [];
  page.on("console", (message) => consoleLines.push(message.text()));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { addressesSeen: string[] }).addressesSeen = seen;
    for (const method of ["pushState", "replaceState"] as const) {
      const original = history[method].bind(history);
      history[method] = (state: unknown, unused: string, url?: string | URL | null) => {
        seen.push(`${String(url ?? "")} ${JSON.stringify(state)}`);
        return original(state, unused, url);
      };
    }
  });
  return consoleLines;
}

/** The share link, then every place outside the page the token must never reach. */
async function expectNoTraces(page: Page, consoleLines: string[]): Promise<void> {
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share these settings" });
  const link = await dialog.getByRole("textbox", { name: "Share link" }).inputValue();
  await expect(dialog).toContainText("Your magicache token is left out of this link");
  await page.keyboard.press("Escape");
  const traces = await page.evaluate(() => ({
    storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    title: document.title,
    address: location.href,
    history: (window as unknown as { addressesSeen: string[] }).addressesSeen.join("\n") + JSON.stringify(history.state),
  }));
  expect(link).not.toContain(TOKEN);
  expect(traces.storage).not.toContain(TOKEN);
  expect(traces.title).not.toContain(TOKEN);
  expect(traces.address).not.toContain(TOKEN);
  expect(traces.history).not.toContain(TOKEN);
  expect(consoleLines.filter((line) => line.includes(TOKEN))).toEqual([]);
}

/** The text the values editor draws dotted out (transparent over the dots). */
async function maskedInEditor(page: Page): Promise<string> {
  const editor = await valuesEditor(page);
  return editor.evaluate((root) =>
    [...root.querySelectorAll(".view-line .dagger-masked-secret")]
      .filter((span) => getComputedStyle(span).color === "rgba(0, 0, 0, 0)")
      .map((span) => span.textContent)
      .join(""),
  );
}

test("the magicache token stays out of links, storage, console, title and history", async ({ page, context }) => {
  // Every view that could show the token, a reload and two diffs: over 60 s in the machine's slow phase.
  test.slow();
  const consoleLines = await watchTraces(page, context);
  await openWizard(page);
  await goToStep(page, "Engine");
  await page.getByRole("switch", { name: "Use magicache" }).check();
  await page.getByLabel("Magicache token").fill(TOKEN);
  await goToStep(page, "Review");

  // Masked in the values pane as in its field, until the user asks to see it.
  const preview = page.getByRole("region", { name: "Preview" });
  await expect.poll(() => maskedInEditor(page), { timeout: 30_000 }).toBe(TOKEN);
  await preview.getByRole("button", { name: "Show token" }).click();
  await expect.poll(() => maskedInEditor(page)).toBe("");
  await preview.getByRole("button", { name: "Hide token" }).click();
  await expect.poll(() => maskedInEditor(page)).toBe(TOKEN);
  await preview.getByRole("tab", { name: "changes" }).click();
  await expect(preview.getByRole("region", { name: "Values against the chart defaults" })).toContainText("token: \u2022\u2022\u2022", { timeout: 30_000 });
  await expect(preview).not.toContainText(TOKEN);
  // The manifests diff holds it base64-encoded in a Secret: dotted out there too.
  await preview.getByRole("radiogroup", { name: "Diff of" }).getByText("manifests").click();
  const manifestsDiff = preview.getByRole("region", { name: "Manifests against the defaults" });
  // Monaco draws only the lines in view: its find brings the Secret's line into view.
  await manifestsDiff.locator(".editor.modified .view-lines").click({ timeout: 30_000 });
  await page.keyboard.press("Control+F");
  await page.keyboard.type("_EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  const tokenLine = manifestsDiff.locator(".editor.modified .view-line", { hasText: "_EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN:" }).first();
  await expect(tokenLine).toContainText("\u2022\u2022\u2022");
  await expect(preview).not.toContainText(TOKEN);
  await expect(preview).not.toContainText(Buffer.from(TOKEN).toString("base64"));

  // It is where the user wants it: in the values.yaml they download, which says it holds it.
  await expect(page.getByRole("group", { name: "Export" })).toContainText("values.yaml and manifests.yaml hold your magicache token");
  expect((await download(page, "Download values.yaml")).text).toContain(TOKEN);
  await expect(page.getByRole("alert").filter({ hasText: "values.yaml downloaded" })).toContainText("It holds your magicache token");

  await expectNoTraces(page, consoleLines);

  // A reload restores the saved settings, but not the secret: the user types it again.
  await page.reload();
  await goToStep(page, "Engine");
  await expect(page.getByRole("switch", { name: "Use magicache" })).toBeChecked();
  await expect(page.getByLabel("Magicache token")).toHaveValue("");
});

test("a token reached through a YAML alias stays out of them too, and the rest is saved", async ({ page, context }) => {
  const consoleLines = await watchTraces(page, context);
  await openWizard(page);
  await replaceValuesText(page, `global:\n  daggerCloud:\n    token: &t ${TOKEN}\nmagicache:\n  enabled: true\n  token: *t\nlabels:\n  team: build\n  copy: *t\n`);
  await expect(page.getByRole("group", { name: "Export" })).toContainText("hold your magicache token");
  await expectNoTraces(page, consoleLines);
  await expect(page.getByRole("alert").filter({ hasText: "Not saved in this browser" })).toHaveCount(0);

  await page.reload();
  const restored = await download(page, "Download values.yaml");
  expect(restored.text).not.toContain(TOKEN);
  expect(restored.text).toContain("team: build");
  expect(restored.text).toContain("magicache:\n  enabled: true\n");
});
