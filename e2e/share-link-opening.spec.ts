// Opening a share link where the wizard already has settings: in a fresh load or pasted into the
// open tab, it lands on Review with a note that it came from a link, keeps the settings it
// replaced one click away, and gives values.yaml back in the order it was written.
import { expect, openWizard, test } from "./fixtures";
import { downloadedValuesText, replaceValuesText } from "./helpers";
import type { Page } from "@playwright/test";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** Written in an order unlike the chart's defaults (engine after magicache, port before kind). */
const SHARED = ["magicache:", "  enabled: true", "  url: https://cache.example", "engine:", "  port: 1234", "  kind: StatefulSet", "nodeSelector:", "  zone: b", "  arch: arm64", ""].join("\n");

/** The share link of what the page shows, from the Share dialog. */
async function shareLinkOf(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share these settings" });
  const link = await dialog.getByRole("textbox", { name: "Share link" }).inputValue();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  return link;
}

/** A colleague's settings as a link, and the page left with settings of its own ("mine" namespace). */
async function linkAndOwnSettings(page: Page): Promise<string> {
  await openWizard(page);
  await page.getByRole("textbox", { name: "Namespace" }).fill("shared-ns");
  await replaceValuesText(page, SHARED);
  await expect.poll(() => downloadedValuesText(page)).toBe(SHARED);
  const link = await shareLinkOf(page);
  await page.getByRole("textbox", { name: "Namespace" }).fill("mine");
  await replaceValuesText(page, "engine:\n  kind: DaemonSet\n  port: 4321\n");
  // Saved, both: the namespace's save can land before the text's, and leaving the page then lost it.
  const saved = () => page.evaluate(() => localStorage.getItem("dagger-helm-wizard:v2") ?? "");
  await expect.poll(saved).toContain('"s":"mine"');
  await expect.poll(saved).toContain("port: 4321");
  return link;
}

/** The colleague's link opened in a fresh load, over the settings this browser saved. */
async function openLinkOverOwnSettings(page: Page): Promise<void> {
  const link = await linkAndOwnSettings(page);
  await page.goto("about:blank");
  await page.goto(link);
}

async function expectOpenedOnReview(page: Page) {
  const notice = page.getByRole("status").filter({ hasText: "Opened from a share link" });
  await expect(notice).toContainText("come from a link someone shared");
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  expect(page.url()).not.toContain("#");
  await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveCount(0);
  // Key order as written, not the chart's.
  expect(await downloadedValuesText(page)).toBe(SHARED);
  return notice;
}

async function expectEarlierSettingsBack(page: Page, notice: ReturnType<Page["getByRole"]>) {
  await notice.getByRole("button", { name: "Restore your earlier settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your earlier settings are back" })).toBeVisible();
  await expect.poll(() => downloadedValuesText(page)).toBe("engine:\n  kind: DaemonSet\n  port: 4321\n");
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: "Release" }).click();
  await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("mine");
}

test("a link opened over saved settings lands on Review, keeps their order, and offers the saved settings back", async ({ page }) => {
  await openLinkOverOwnSettings(page);
  const notice = await expectOpenedOnReview(page);
  await expect(notice).toContainText("The settings you had before were set aside, not lost: this browser keeps them until you take them back or dismiss this.");
  await expectEarlierSettingsBack(page, notice);
});

test("dismissing the offer forgets the settings a link set aside", async ({ page }) => {
  await openLinkOverOwnSettings(page);
  const notice = await expectOpenedOnReview(page);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("shared-ns");
  expect(await downloadedValuesText(page)).toBe(SHARED);
  await expect(page.getByText("Settings set aside by a share link")).toHaveCount(0);
});

test("the settings links set aside survive reloads, a second link's too, and are offered back in turn", async ({ page }) => {
  // Six page loads: 26 s alone, over 60 s beside another journey in the machine's slow phase.
  test.slow();
  const link = await linkAndOwnSettings(page);
  await page.goto("about:blank");
  await page.goto(link);
  await expectOpenedOnReview(page);
  // The colleague's settings, edited here: the user's own work too.
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: "Release" }).click();
  await page.getByRole("textbox", { name: "Namespace" }).fill("edited-ns");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("dagger-helm-wizard:v2"))).toContain('"s":"edited-ns"');
  // The same link once more, in a fresh load.
  await page.goto("about:blank");
  await page.goto(link);
  await expectOpenedOnReview(page);

  // The link's settings are saved now; the ones each opening replaced are still offered after a reload.
  await expect.poll(() => page.evaluate(() => localStorage.getItem("dagger-helm-wizard:v2"))).toContain('"s":"shared-ns"');
  await page.reload();
  const offer = page.getByRole("status").filter({ hasText: "Settings set aside by a share link" });
  await expect(offer).toContainText("They are kept in this browser until you take them back or dismiss this. One more set of settings is kept from earlier links; each is offered after this one.");
  expect(await downloadedValuesText(page)).toBe(SHARED);
  await offer.getByRole("button", { name: "Restore your earlier settings" }).click();
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: "Release" }).click();
  await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("edited-ns");
  // The settings the first link replaced are offered after the next reload.
  await page.reload();
  await expect(offer).not.toContainText("kept from earlier links");
  await expectEarlierSettingsBack(page, offer);
  // All taken back: a reload opens them, with no offer left.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("mine");
  await expect(page.getByText("Settings set aside by a share link")).toHaveCount(0);
});

test("a link pasted into the tab where the wizard is open opens it, and the settings on the page stay one click away", async ({ page }) => {
  const link = await linkAndOwnSettings(page);
  // What pasting the link into the address bar does to an open page: only the hash changes.
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(link).hash);
  const notice = await expectOpenedOnReview(page);
  await expectEarlierSettingsBack(page, notice);
});

test("a broken link pasted into the open wizard is explained and changes nothing", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("textbox", { name: "Namespace" }).fill("min");
  // A key, and the link in the same moment: the key's write waits for the next paint, and the
  // link's reading must not take the settings from before it (they came back, and "mine" was lost).
  await page.getByRole("textbox", { name: "Namespace" }).evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "mine");
    input.dispatchEvent(new Event("input", { bubbles: true }));
    window.location.hash = "#v1=N4IgdiBcIIYgNCAzlEAjBIBuVQFMwBzAS";
  });
  const notice = page.getByRole("alert").filter({ hasText: "The share link could not be opened" });
  await expect(notice).toContainText("The wizard kept the settings you had.");
  expect(page.url()).not.toContain("#");
  await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("mine");
});
