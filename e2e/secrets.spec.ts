// The magicache token is a secret: typed into the wizard, it reaches the values.yaml the user
// downloads and nothing else. Not a share link, not localStorage or sessionStorage, not the
// console, not the page title, not the address or the history; a reload does not bring it back.
import { expect, openWizard, test } from "./fixtures";
import { download, goToStep } from "./helpers";

const TOKEN = "dag_tok_0f9e8d7c-secret-never-leaves";

test("the magicache token stays out of links, storage, console, title and history", async ({ page, context }) => {
  const consoleLines: string[] = [];
  page.on("console", (message) => consoleLines.push(message.text()));
  await context.addInitScript(() => {
    // Every address the page puts in the history, through either API.
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
  await openWizard(page);
  await goToStep(page, "Engine");
  await page.getByRole("switch", { name: "Use magicache" }).check();
  await page.getByLabel("Magicache token").fill(TOKEN);
  await goToStep(page, "Review");

  // It is where the user wants it: in the values.yaml they download.
  expect((await download(page, "Download values.yaml")).text).toContain(TOKEN);

  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByRole("dialog", { name: "Share these settings" }).getByRole("textbox", { name: "Share link" }).inputValue();
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

  // A reload restores the saved settings, but not the secret: the user types it again.
  await page.reload();
  await goToStep(page, "Engine");
  await expect(page.getByRole("switch", { name: "Use magicache" })).toBeChecked();
  await expect(page.getByLabel("Magicache token")).toHaveValue("");
});
