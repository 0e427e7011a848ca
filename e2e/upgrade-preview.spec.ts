// A platform engineer runs the engines as a StatefulSet with a 50Gi claim each. They import what
// runs (`helm get values -o yaml`) as the baseline, then see what `helm upgrade` would do before
// running it: a bigger claim is refused, with the way through; new resources only restart the
// pods and keep the cache. The install dialog then offers `helm upgrade`, not an install.
import { expect, openWizard, test } from "./fixtures";
import { clipboardText, goToStep, pressAndConfirm } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
// One long journey through several lazily loaded views, on a machine shared with other runs.
test.setTimeout(180_000);

const DEPLOYED = `engine:
  kind: StatefulSet
  statefulSet:
    replicas: 2
    persistentVolumeClaim:
      enabled: true
      storageClassName: standard
      resources:
        requests:
          storage: 50Gi
`;
const STATEFULSET = "dagger-dagger-helm-engine";

test("deployed values as the baseline: a bigger claim is refused with its way through, new resources restart the pods and keep the cache", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await dialog.getByRole("textbox", { name: "values.yaml to import" }).fill(DEPLOYED);
  await dialog.getByRole("checkbox", { name: /This is what runs/ }).check();
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // The changes tab opens in upgrade mode, and says what it compares with.
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("tab", { name: "changes" })).toHaveAttribute("aria-selected", "true");
  const report = preview.getByRole("region", { name: "Upgrade check" });
  await expect(report.getByText("Upgrade mode", { exact: true })).toBeVisible();
  await expect(report).toContainText("Before: the deployed values rendered with dagger-helm");
  const verdict = report.getByRole("alert", { name: "Upgrade verdict" });
  await expect(verdict).toHaveText("helm upgrade goes through in place, and no engine restarts.");

  // A bigger claim: the API server refuses it; the way through is there, commands to copy.
  await goToStep(page, "Storage");
  await page.getByRole("textbox", { name: "Size", exact: true }).fill("200Gi");
  await expect(verdict).toHaveText("helm upgrade would FAIL: the API server refuses it.");
  const refusal = report.getByRole("listitem", { name: `Refused by the API server: StatefulSet ${STATEFULSET}` });
  await expect(refusal).toContainText("spec.volumeClaimTemplates[0].spec.resources.requests.storage: 50Gi → 200Gi");
  const way = refusal.getByLabel("The way through");
  await expect(way).toContainText(`kubectl delete statefulset ${STATEFULSET} --namespace dagger --cascade=orphan`);
  await expect(way).toContainText(/helm upgrade dagger dagger-helm --repo http:\/\/127\.0\.0\.1:\d+\/charts --version \d+\.\d+\.\d+ --namespace dagger -f values\.yaml/);
  await expect(way).toContainText("Existing claims (data-dagger-dagger-helm-engine-<ordinal>) keep their 50Gi");
  // As the README shows it: the changes tab in upgrade mode, light and dark.
  await expect(preview.locator(".monaco-diff-editor").first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "e2e/screenshots/upgrade-preview-1440.png", animations: "disabled" });
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await page.screenshot({ path: test.info().outputPath("upgrade-preview-1440-dark.png"), animations: "disabled" });
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await report.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("upgrade-preview-390.png"), animations: "disabled" });
  await page.setViewportSize({ width: 1440, height: 900 });

  await pressAndConfirm(page, way.getByRole("button", { name: "Copy all 2 commands" }), "The commands copied");
  expect(await clipboardText(page)).toMatch(new RegExp(`^kubectl delete statefulset ${STATEFULSET} --namespace dagger --cascade=orphan\\nhelm upgrade dagger dagger-helm --repo `));

  // The field behind it is one click away, from any step.
  await goToStep(page, "Release");
  await refusal.getByRole("button", { name: "Go to the field engine.statefulSet.persistentVolumeClaim.resources.requests.storage" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Storage" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Size", exact: true })).toBeFocused();

  // Back to 50Gi, new resources only: the pods restart one by one, the cache stays.
  await page.getByRole("textbox", { name: "Size", exact: true }).fill("50Gi");
  await goToStep(page, "Scheduling");
  const memoryLimit = page.getByRole("textbox", { name: "Memory limit" });
  await memoryLimit.fill("8Gi");
  await expect(verdict).toHaveText("helm upgrade goes through in place; the engines restart.");
  const restart = report.getByRole("listitem", { name: `Pods restart, cache kept: StatefulSet ${STATEFULSET}` });
  await expect(restart).toContainText("The cache is kept");
  await expect(restart).toContainText("engine.resources");
  await expect(report.getByRole("listitem", { name: /Refused/ })).toHaveCount(0);
  // The manifests diff shows the new limit; the choice stays when the tab is left and opened again.
  await preview.getByRole("radiogroup", { name: "Diff of" }).getByText("manifests").click();
  const manifestsDiff = preview.getByRole("region", { name: "Manifests: deployed against current" });
  await expect(manifestsDiff.locator(".editor.modified .view-lines:not(.line-delete)")).toContainText("memory: 8Gi", { timeout: 30_000 });
  // Its two sides are named for what they hold: the left one is what runs, not the chart's defaults.
  await expect(manifestsDiff.getByRole("textbox", { name: "manifests: deployed against next: deployed", exact: true })).toHaveCount(1);
  await expect(manifestsDiff.getByRole("textbox", { name: "manifests: deployed against next", exact: true })).toHaveCount(1);
  // A value Helm refuses stops the comparison for a moment; once it renders again, the diff hides
  // its unchanged lines again (it showed every line from then on, when a side had been empty).
  await memoryLimit.fill("lots");
  await expect(report.getByRole("alert").filter({ hasText: "No comparison until your values render" })).toBeVisible();
  // Both sides empty: nothing left to hide. The diff chosen stays, and so does the choice.
  await expect(manifestsDiff.locator(".diff-hidden-lines")).toHaveCount(0);
  await expect(preview.getByRole("radiogroup", { name: "Diff of" }).getByRole("radio", { name: "manifests" })).toBeChecked();
  await memoryLimit.fill("8Gi");
  await expect(verdict).toHaveText("helm upgrade goes through in place; the engines restart.");
  await expect(manifestsDiff.getByText(/^\d+ hidden lines$/).filter({ visible: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(manifestsDiff.locator(".editor.modified .view-lines:not(.line-delete)")).toContainText("memory: 8Gi");
  await preview.getByRole("tab", { name: "values.yaml" }).click();
  await preview.getByRole("tab", { name: "changes" }).click();
  await expect(preview.getByRole("radiogroup", { name: "Diff of" }).getByRole("radio", { name: "manifests" })).toBeChecked();
  await expect(manifestsDiff).toBeVisible();

  // Exports in upgrade mode: helm upgrade for the running release, this chart's version.
  await page.getByRole("group", { name: "Export" }).getByRole("button", { name: "Install and GitOps" }).click();
  const install = page.getByRole("dialog", { name: "Install and GitOps" });
  await expect(install.getByLabel("Upgrade command")).toContainText(/^helm upgrade dagger dagger-helm --repo http:\/\/127\.0\.0\.1:\d+\/charts --version \d+\.\d+\.\d+ --namespace dagger -f values\.yaml$/);
  await page.keyboard.press("Escape");
  await expect(install).toHaveCount(0);

  // The share link carries what runs too: a colleague opens the same upgrade check.
  await page.getByRole("button", { name: "Share" }).click();
  const share = page.getByRole("dialog", { name: "Share these settings" });
  await expect(share.getByText("What runs is in the link too")).toBeVisible();
  const link = await share.getByRole("textbox", { name: "Share link" }).inputValue();
  await page.keyboard.press("Escape");
  const colleague = await page.context().newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("status").filter({ hasText: "Opened from a share link" })).toContainText("upgrade mode");
  const theirs = colleague.getByRole("region", { name: "Preview" });
  await theirs.getByRole("tab", { name: "changes" }).click();
  await expect(theirs.getByRole("listitem", { name: `Pods restart, cache kept: StatefulSet ${STATEFULSET}` })).toBeVisible({ timeout: 30_000 });
  await colleague.close();

  // Leaving upgrade mode brings back the comparison with the chart's defaults, the manifests' as chosen.
  await report.getByRole("button", { name: "Leave upgrade mode" }).click();
  await expect(preview.getByRole("region", { name: "Manifests against the defaults" })).toBeVisible();
  await expect(preview.getByText("Upgrade mode", { exact: true })).toHaveCount(0);
});

test("a helm get manifest output that is not YAML says where, a UTF-16 file read one byte over says so, and nothing changes until Compare", async ({ page }) => {
  await openWizard(page);
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "changes" }).click();
  await preview.getByRole("button", { name: "Compare with what runs…" }).click();
  const dialog = page.getByRole("dialog", { name: "Compare with what runs" });
  const source = dialog.getByRole("textbox", { name: /What runs/ });
  await source.fill("apiVersion: apps/v1\nkind: StatefulSet\nmetadata: [\n");
  await expect(dialog.getByRole("alert").filter({ hasText: "This cannot be compared with" })).toContainText(/deployed release:\d+:\d+: /);
  await expect(dialog.getByRole("button", { name: "Compare" })).toBeDisabled();
  // A UTF-16 file Helm 4 reads one byte over (U+0D08 before a line break): compared as Helm 4
  // reads it, with a note of where; pasting over it takes the note away.
  const utf16 = Buffer.from("\ufeffengine:\n  annotations:\n    note: \u0d08\n    other: x\n", "utf16le");
  await dialog.locator("input[type=file]").setInputFiles({ name: "running.yaml", mimeType: "text/yaml", buffer: utf16 });
  const note = dialog.getByRole("alert").filter({ hasText: "running.yaml is read as Helm 4 reads it, not as written" });
  await expect(note).toContainText("with a byte taken out at line 3, byte");
  await source.fill(DEPLOYED);
  await expect(note).toHaveCount(0);
  await expect(dialog.getByRole("alert").filter({ hasText: "Understood" })).toContainText('release "dagger" in namespace dagger');
  await dialog.getByRole("button", { name: "Compare" }).click();
  await expect(preview.getByRole("region", { name: "Upgrade check" })).toContainText("helm upgrade goes through, but not in place");
});
