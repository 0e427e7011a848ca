// The fixture every journey uses: a test fails on any console error, any Content-Security-Policy
// violation and any request that leaves this machine (the app must work offline: no CDN, no fonts).
import { test as base, expect, type Page } from "@playwright/test";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export interface TGuards {
  /** Everything that went wrong so far; checked after each test. */
  failures: string[];
}

export const test = base.extend<{ guards: TGuards }>({
  guards: [
    async ({ context, page }, use, testInfo) => {
      const failures: string[] = [];
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      // Watched rather than routed: routing every request through Playwright took ~1/8 of the
      // journeys' time, and with no route a request elsewhere still fails the test.
      context.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:" || url.protocol === "blob:" || LOCAL_HOSTS.has(url.hostname)) return;
        failures.push(`request to another host: ${request.method()} ${url.href}`);
      });
      const watch = (target: Page) => {
        target.on("console", (message) => {
          if (message.type() === "error") failures.push(`console error: ${message.text()}`);
        });
        target.on("pageerror", (error) => failures.push(`uncaught error: ${error.message}`));
      };
      watch(page);
      context.on("page", (other) => {
        if (other !== page) watch(other);
      });
      await use({ failures });
      expect(failures, `${testInfo.title}: the page must run without errors, CSP violations or remote requests`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the wizard and waits until the form and the preview are there. */
export async function openWizard(page: Page, hash = ""): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole("navigation", { name: "Wizard steps" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview" })).toBeVisible();
  // index.html's first screen shows both at once, inert until the wizard's scripts take it over.
  await expect(page.locator("#root")).not.toHaveAttribute("inert");
}
