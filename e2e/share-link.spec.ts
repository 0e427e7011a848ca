// A user configures a runner with a magicache token, shares a link, and a colleague opens it in a
// fresh browser: the same settings come back, except the token, which never left the first browser.
import LZString from "lz-string";
import { parse } from "yaml";
import { expect, openWizard, test } from "./fixtures";
import { download, goToStep } from "./helpers";

const TOKEN = "dag_tok_5b0c1c6e-never-share-me";

test("a share link restores the exact state in a fresh browser, and the token is in neither the link nor storage", async ({ page, browser }) => {
  // Two browsers, each with Monaco, and two downloads: near 60 s in the machine's slow phase.
  test.slow();
  await openWizard(page);
  await page.getByRole("button", { name: "Presets" }).click();
  await page.getByRole("menuitem", { name: "Runner (as kubiya-runner uses it)" }).click();
  await page.getByRole("textbox", { name: "Release name" }).fill("ci-runner");
  await page.getByRole("textbox", { name: "Namespace" }).fill("builds");
  await goToStep(page, "Engine");
  await page.getByRole("switch", { name: "Use magicache" }).check();
  await page.getByLabel("Magicache token").fill(TOKEN);
  const original = await download(page, "Download values.yaml");
  expect(original.text).toContain(TOKEN);

  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share these settings" });
  await expect(dialog.getByText("Your magicache token is left out of this link")).toBeVisible();
  const link = await dialog.getByRole("textbox", { name: "Share link" }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v1=[A-Za-z0-9+\-$]+$/);
  expect(link.length).toBeLessThanOrEqual(2000);
  expect(link).not.toContain(TOKEN);
  expect(LZString.decompressFromEncodedURIComponent(link.split("#v1=")[1] ?? "")).not.toContain(TOKEN);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.title + location.href);
  expect(stored).toContain("ci-runner");
  expect(stored).not.toContain(TOKEN);

  const fresh = await browser.newContext();
  const colleague = await fresh.newPage();
  const failures: string[] = [];
  colleague.on("console", (message) => void (message.type() === "error" && failures.push(message.text())));
  colleague.on("response", (response) => void (response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`)));
  await colleague.goto(link);
  await expect(colleague.getByRole("status").filter({ hasText: "Opened from a share link" })).toBeVisible();
  // The link is read once and taken out of the address and the history.
  expect(colleague.url()).not.toContain("#");
  // The colleague lands on Review, to check what came before changing anything.
  await expect(colleague.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await goToStep(colleague, "Release");
  await expect(colleague.getByRole("textbox", { name: "Release name" })).toHaveValue("ci-runner");
  await expect(colleague.getByRole("textbox", { name: "Namespace" })).toHaveValue("builds");
  // Without the token the chart refuses the values; the preview says so and where.
  const problems = colleague.getByRole("alert", { name: /stops? Helm from rendering/ });
  await expect(problems).toContainText("magicache");
  await goToStep(colleague, "Engine");
  await expect(colleague.getByRole("switch", { name: "Use magicache" })).toBeChecked();
  await colleague.getByLabel("Magicache token").fill(TOKEN);
  await expect(problems).toHaveCount(0);
  // A link carries the values, not the document: the same values, in the chart's key order.
  const restored = await download(colleague, "Download values.yaml");
  expect(parse(restored.text)).toEqual(parse(original.text));
  expect(failures).toEqual([]);
  await fresh.close();
});
