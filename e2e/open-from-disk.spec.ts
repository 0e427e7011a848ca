// A user double-clicks dist/index.html: the browser opens it from disk, where it refuses the
// wizard's module scripts. The page says how to serve it instead of staying blank; served, the
// wizard starts and that message never shows.
import { test as plain } from "@playwright/test";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, openWizard, test } from "./fixtures";

const INDEX = pathToFileURL(resolve(process.env.E2E_DIST ?? "dist", "index.html")).href;

// Not the guarded fixture: from disk the browser reports the blocked scripts as console errors.
plain("opened from disk, the page says how to serve the wizard", async ({ page }) => {
  await page.goto(INDEX);
  const message = page.getByRole("region", { name: "The wizard has not started" });
  await expect(message).toBeVisible();
  await expect(message).toContainText("npm start");
  await expect(message).toContainText("static web server");
});

test("served, the wizard starts and the message stays hidden", async ({ page }) => {
  await openWizard(page);
  // Past the delay after which the message would show.
  await page.waitForTimeout(6_000);
  await expect(page.getByRole("region", { name: "The wizard has not started" })).toBeHidden();
});
