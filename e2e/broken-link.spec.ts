// Someone opens a share link that was cut short, edited or crafted to be huge: the wizard says
// what is wrong with it and opens as it was (the defaults, or the settings saved in this browser),
// rather than failing, hanging or loading half of it.
import { craftedLink } from "../test/crafted-link";
import { expect, openWizard, test } from "./fixtures";
import { downloadedValues, downloadedValuesText } from "./helpers";

const cases = [
  { name: "cut short", hash: "#v1=N4IgdiBcIIYgNCAzlEAjBIBuVQFMwBzAS", reason: "cut short" },
  { name: "not a link of this wizard", hash: "#v9=N4Ig", reason: "another version of the wizard" },
  { name: "edited by hand", hash: "#v1=abc%20def", reason: "characters a share link never has" },
];

for (const { name, hash, reason } of cases) {
  test(`a share link that is ${name} is explained, and the wizard opens with the defaults`, async ({ page }) => {
    await openWizard(page, hash);
    const notice = page.getByRole("alert").filter({ hasText: "The share link could not be opened" });
    await expect(notice).toContainText("This share link is broken");
    await expect(notice).toContainText(reason);
    await expect(notice).toContainText("opened with the default settings");
    expect(page.url()).not.toContain("#");
    await expect(page.getByRole("textbox", { name: "Release name" })).toHaveValue("dagger");
    expect(await downloadedValues(page)).toEqual({});
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice).toHaveCount(0);
  });
}

test("a crafted link that would unpack to gigabytes is refused at once, and the wizard opens as it was", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("textbox", { name: "Namespace" }).fill("ci");
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join())).toContain('"s":"ci"');
  for (const [length, reason] of [
    [21_000, "would unpack to more than 1 MB"],
    [65_000, "no link this wizard makes is longer than 32,000"],
  ] as const) {
    // A fresh load, not a hash change within the page.
    await page.goto("about:blank");
    const started = Date.now();
    await openWizard(page, `#v1=${craftedLink(length)}`);
    const notice = page.getByRole("alert").filter({ hasText: "The share link could not be opened" });
    await expect(notice).toContainText(reason);
    await expect(notice).toContainText("opened with the settings saved in this browser instead");
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("ci");
  }
  expect(await downloadedValuesText(page)).toBe("");
});
