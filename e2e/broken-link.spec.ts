// Someone opens a share link that was cut short or edited: the wizard says what is wrong with it
// and starts from the defaults, rather than failing or loading half of it.
import { expect, openWizard, test } from "./fixtures";
import { downloadedValues } from "./helpers";

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
