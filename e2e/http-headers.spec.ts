// What the server sends with the wizard (npm start = vite preview): the page's Content-Security-
// Policy as a header too, with frame-ancestors 'none', which a meta tag cannot carry: no other
// site can frame the wizard and trick a user into clicking in it.
import { test as plain } from "@playwright/test";
import { expect, test } from "./fixtures";

test("the page comes with the meta tag's Content-Security-Policy and frame-ancestors 'none' as headers", async ({ page }) => {
  const response = await page.request.get("./");
  expect(response.status()).toBe(200);
  const html = await response.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll("&#39;", "'");
  expect(meta).toContain("script-src 'self'");
  const header = response.headers()["content-security-policy"];
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  expect(response.headers()["x-frame-options"]).toBe("DENY");
});

// Not the guarded fixture: the refused frame is reported as a console error, which is the point.
plain("a page on another origin cannot frame the wizard", async ({ page, baseURL }) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("frame-ancestors")) refusals.push(message.text());
  });
  await page.setContent(`<iframe src="${baseURL}" title="wizard"></iframe>`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByRole("navigation", { name: "Wizard steps" })).toHaveCount(0);
});
