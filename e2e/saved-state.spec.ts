// What is saved in this browser, and what happens when something cannot be: the user is told, the
// last good save stays, and a reload never costs the values.
import { expect, openWizard, test } from "./fixtures";
import { downloadedValuesText, replaceValuesText } from "./helpers";

const TOKEN = "dag_tok_5c4b3a29-kept-off-disk";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("an anchor on the token does not stop saving: the rest of the text comes back after a reload", async ({ page }) => {
  await openWizard(page);
  await replaceValuesText(page, `magicache:\n  enabled: true\n  token: &t ${TOKEN}\nlabels:\n  team: build\n  copy: *t\n`);
  await expect(page.getByRole("group", { name: "Export" })).toContainText("hold your magicache token");
  await page.reload();
  expect(await downloadedValuesText(page)).toBe("magicache:\n  enabled: true\nlabels:\n  team: build\n");
});

test("a save that cannot be made says so until one works, and the last good save stays", async ({ page }) => {
  await openWizard(page);
  await replaceValuesText(page, "engine:\n  kind: StatefulSet\n");
  await expect(page.getByRole("group", { name: "Export" })).not.toContainText("hold your magicache token");
  // The token inside a comment cannot be taken out without changing the user's words.
  await replaceValuesText(page, `engine:\n  kind: DaemonSet\nmagicache:\n  enabled: true\n  token: ${TOKEN}\n# token from the vault: ${TOKEN}\n`);
  const notice = page.getByRole("alert").filter({ hasText: "Not saved in this browser" });
  await expect(notice).toContainText("inside a comment or a longer value, at line 6");
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(TOKEN);

  // Fixed, it saves again and the notice goes.
  await replaceValuesText(page, `engine:\n  kind: DaemonSet\nmagicache:\n  enabled: true\n  token: ${TOKEN}\n`);
  await expect(notice).toHaveCount(0);
  await page.reload();
  expect(await downloadedValuesText(page)).toBe("engine:\n  kind: DaemonSet\nmagicache:\n  enabled: true\n");
});

test("a release name too long to keep costs the name after a reload, never the values", async ({ page }) => {
  await openWizard(page);
  await replaceValuesText(page, "engine:\n  kind: StatefulSet\n");
  await page.getByRole("textbox", { name: "Release name" }).fill("a".repeat(1001));
  await expect(page.getByRole("alert").filter({ hasText: "Saved in this browser, but not all of it" })).toContainText("release name is longer than 1,000 characters");
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Saved settings partly restored" })).toContainText("Your values were restored, but not the release name");
  await expect(page.getByRole("textbox", { name: "Release name" })).toHaveValue("dagger");
  expect(await downloadedValuesText(page)).toBe("engine:\n  kind: StatefulSet\n");
});

// A large text (100,000 characters and more) is cleared of its token on the page too, whatever
// it costs the page that is going away; the filler is comments, which the save keeps.
const LARGE_FILLER = "# a line of a large values.yaml, kept as written\n".repeat(2_200);

for (const [size, filler] of [["a text", ""], ["a large text", LARGE_FILLER]] as const) {
  test(`${size} the values worker has not read yet is saved when the page is left, without its token`, async ({ page }) => {
    // The values worker's answers are held from a moment on, as on a busy machine where the page is
    // left before the worker has read the newest text.
    await page.addInitScript(() => {
      const held = window as unknown as { holdValuesWorker?: boolean };
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          if (options?.name !== "values") return;
          const listen = (handler: ((event: MessageEvent) => void) | null) => {
            super.onmessage = handler && ((event: MessageEvent) => void (held.holdValuesWorker || handler.call(this, event)));
          };
          Object.defineProperty(this, "onmessage", { set: listen, get: () => super.onmessage });
        }
      };
    });
    await openWizard(page);
    await replaceValuesText(page, "engine:\n  kind: StatefulSet\n");
    await expect.poll(() => page.evaluate(() => JSON.stringify({ ...localStorage }))).toContain("StatefulSet");
    await page.evaluate(() => ((window as unknown as { holdValuesWorker?: boolean }).holdValuesWorker = true));

    const kept = `${filler}engine:\n  kind: DaemonSet\nmagicache:\n  enabled: true\n`;
    expect(kept.length >= 100_000).toBe(filler !== "");
    await replaceValuesText(page, `${kept}  token: ${TOKEN}\n`);
    await expect(page.getByRole("region", { name: "Preview" }).locator(".view-line").filter({ hasText: "kind: DaemonSet" })).toHaveCount(1);
    await page.reload();
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(TOKEN);
    expect(await downloadedValuesText(page)).toBe(kept);
  });
}
