// A user checks what their values change against the chart's defaults, goes back to the form and
// the other tabs, changes something, and looks again: the changes tab shows the current values
// each time, and leaving it never throws (the fixture fails the test on any console error). The tab
// shows one diff at a time, the values or the manifests, and keeps the one chosen.
import type { Page } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";

async function choosePullPolicy(page: Page, policy: string): Promise<void> {
  await page.getByRole("combobox", { name: "Pull policy" }).selectOption(policy);
}

test("switching to the changes tab and away, again and again, shows the current diff and no error", async ({ page }) => {
  await openWizard(page);
  const preview = page.getByRole("region", { name: "Preview" });
  const valuesDiff = preview.getByRole("region", { name: "Values against the chart defaults" });

  for (const policy of ["Always", "Never", "Always"]) {
    await choosePullPolicy(page, policy);
    await preview.getByRole("tab", { name: "changes" }).click();
    await expect(preview.locator(".monaco-diff-editor")).toHaveCount(1, { timeout: 30_000 });
    // The modified side's own lines (the defaults' deleted lines sit in view zones of their own).
    const current = valuesDiff.locator(".editor.modified .view-lines:not(.line-delete)");
    await expect(current).toContainText(`pullPolicy: ${policy}`);
    await expect(current).not.toContainText(`pullPolicy: ${policy === "Always" ? "Never" : "Always"}`);
    await preview.getByRole("tab", { name: "manifests" }).click();
    await expect(preview.locator(".monaco-diff-editor")).toHaveCount(0);
    await preview.getByRole("tab", { name: "changes" }).click();
    await expect(preview.locator(".monaco-diff-editor")).toHaveCount(1, { timeout: 30_000 });
    await preview.getByRole("tab", { name: "values.yaml" }).click();
    await expect(preview.locator(".monaco-diff-editor")).toHaveCount(0);
  }
  // Monaco reports a model disposed under its diff widget from a timer: give it the time to.
  await page.waitForTimeout(500);
});

test("leaving a tab right after a click into its text raises no error", async ({ page }) => {
  await openWizard(page);
  await choosePullPolicy(page, "Always");
  const preview = page.getByRole("region", { name: "Preview" });
  // In the changes tab, a line of the values diff's own side (the defaults' lines sit in view zones).
  for (const [tab, lines, word] of [["changes", ".editor.modified .view-line", "pullPolicy"], ["manifests", ".view-line", "kind"]] as const) {
    await preview.getByRole("tab", { name: tab }).click();
    const line = preview.getByRole("tabpanel").locator(lines, { hasText: word }).first();
    await expect(line).toBeVisible({ timeout: 30_000 });
    // A click on a word asks Monaco to highlight its other occurrences a moment later; the tab
    // goes away before that moment, and its editors with it. (Monaco redraws the diff's lines while
    // it lays out its hidden regions, and a view's lines when their colours come: Playwright never
    // finds them still, so the click is forced, and made again on a line redrawn under it.)
    await expect(async () => line.click({ force: true, timeout: 2_000 })).toPass({ timeout: 15_000 });
    await preview.getByRole("tab", { name: "values.yaml" }).click();
    await expect(preview.locator(".monaco-diff-editor")).toHaveCount(0);
  }
  // Long enough for what Monaco had scheduled to fail, had it been going to.
  await page.waitForTimeout(1000);
});

test("the changes tab shows the values diff or the manifests diff, and keeps the one chosen", async ({ page }) => {
  await openWizard(page);
  await choosePullPolicy(page, "Never");
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "changes" }).click();
  const choice = preview.getByRole("radiogroup", { name: "Diff of" });
  await expect(choice.getByRole("radio", { name: "values" })).toBeChecked();
  await expect(preview.getByRole("region", { name: "Values against the chart defaults" }).locator(".editor.modified .view-lines:not(.line-delete)")).toContainText("pullPolicy: Never", { timeout: 30_000 });

  await choice.getByText("manifests").click();
  const manifestsDiff = preview.getByRole("region", { name: "Manifests against the defaults" });
  await expect(manifestsDiff.locator(".editor.modified .view-lines:not(.line-delete)")).toContainText("imagePullPolicy: Never", { timeout: 30_000 });
  await expect(preview.locator(".monaco-diff-editor")).toHaveCount(1);
  await expect(preview.getByRole("region", { name: "Values against the chart defaults" })).toHaveCount(0);

  // Away and back: the manifests diff is still the one shown, and it follows a change made meanwhile.
  await preview.getByRole("tab", { name: "values.yaml" }).click();
  await choosePullPolicy(page, "Always");
  await preview.getByRole("tab", { name: "changes" }).click();
  await expect(choice.getByRole("radio", { name: "manifests" })).toBeChecked();
  await expect(manifestsDiff.locator(".editor.modified .view-lines:not(.line-delete)")).toContainText("imagePullPolicy: Always", { timeout: 30_000 });
  await expect(manifestsDiff.locator(".editor.modified .view-lines:not(.line-delete)")).not.toContainText("imagePullPolicy: Never");
});
