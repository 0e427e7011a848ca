// The wizard at a laptop's width and at 800px, light and dark: no step scrolls sideways, and the
// steps with the most to show get a screenshot in e2e/screenshots/ (390px: phone.spec.ts).
import { expect, openWizard, test } from "./fixtures";

const STEPS = ["Release", "Deployment", "Storage", "Security", "Engine", "Scheduling", "Connect", "Review"];
const SHOWN = new Set(["Release", "Storage", "Scheduling"]);

for (const width of [1440, 800]) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${width}px ${scheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme: scheme });

      test(`every step fits ${width}px, with screenshots`, async ({ page }) => {
        test.setTimeout(120_000);
        await openWizard(page);
        await expect(page.getByRole("region", { name: "Preview" }).locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
        // A StatefulSet with its volume and a toleration: the steps show their longest forms.
        await page.getByRole("button", { name: "Presets" }).click();
        await page.getByRole("menuitem", { name: /^StatefulSet with persistent cache/ }).click();
        await page.getByRole("alert").filter({ hasText: "Preset applied" }).getByRole("button", { name: "Close notification" }).click();
        const steps = page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button");
        for (const [index, label] of STEPS.entries()) {
          await steps.nth(index).click();
          await expect(page.getByRole("heading", { level: 2 })).toHaveText(label);
          await expect(page.getByRole("status", { name: /^Loading/ })).toHaveCount(0);
          if (label === "Scheduling") await page.getByRole("button", { name: "Add toleration" }).click();
          const sideways = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
          expect(sideways, `step ${label} scrolls sideways`).toBeLessThanOrEqual(0);
          if (SHOWN.has(label)) {
            await page.screenshot({ path: `e2e/screenshots/width-${width}-${scheme}-${label.toLowerCase()}.png`, fullPage: width < 1000, animations: "disabled" });
          }
        }
      });
    });
  }
}
