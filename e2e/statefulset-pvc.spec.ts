// A user runs the engines as a StatefulSet with a volume each, and has the volumes deleted with
// the StatefulSet: the manifests carry the claim template and its retention policy.
import { expect, openWizard, test } from "./fixtures";
import { clipboardText, downloadedManifests, goToStep } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("StatefulSet with a PVC and retention Delete reaches the manifests", async ({ page }) => {
  await openWizard(page);

  await goToStep(page, "Deployment");
  await page.getByRole("radio", { name: "StatefulSet" }).click();
  await expect(page.getByRole("radio", { name: "StatefulSet" })).toHaveAttribute("aria-checked", "true");
  await page.getByLabel("Replicas").fill("2");

  await goToStep(page, "Storage");
  // Two engines on one node would share the run host path: the step says so until it is off.
  const runWarning = page.getByRole("alert").filter({ hasText: "share the run host path" });
  await expect(runWarning).toBeVisible();
  await page.getByLabel("Run on a host path").uncheck();
  await expect(runWarning).toHaveCount(0);

  // Off by default, as in dagger's chart: a claim template cannot be added to a running StatefulSet.
  await expect(page.getByLabel("PersistentVolumeClaim for each engine")).not.toBeChecked();
  await page.getByLabel("PersistentVolumeClaim for each engine").check();
  await page.getByLabel("Storage class").fill("fast-ssd");
  await page.getByRole("textbox", { name: "Size", exact: true }).fill("100Gi");
  const deleted = page.getByRole("radiogroup", { name: "When the StatefulSet is deleted" });
  await expect(deleted.getByText("Delete removes the engine's cache when the StatefulSet is deleted")).toBeVisible();
  await deleted.getByRole("radio", { name: "Delete" }).check();

  // The manifests tab: Monaco shows only the lines in view, so read the whole text through the clipboard.
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "manifests" }).click();
  await expect(preview.getByText("live", { exact: true })).toBeVisible();
  const editor = preview.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+C");
  await expect.poll(() => clipboardText(page)).toContain("kind: StatefulSet");
  const text = await clipboardText(page);
  expect(text).toContain("volumeClaimTemplates:");
  expect(text).toContain("persistentVolumeClaimRetentionPolicy:");
  expect(text).toContain("whenDeleted: Delete");
  expect(text).not.toContain("kind: DaemonSet");

  const manifests = await downloadedManifests(page);
  const statefulSet = manifests.find((document) => document.kind === "StatefulSet") as {
    spec: { replicas: number; volumeClaimTemplates: { metadata: { name: string }; spec: Record<string, unknown> }[]; persistentVolumeClaimRetentionPolicy: unknown; template: { spec: { volumes?: { name: string }[] } } };
  };
  expect(statefulSet.spec.replicas).toBe(2);
  expect(statefulSet.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: "Delete", whenScaled: "Retain" });
  expect(statefulSet.spec.volumeClaimTemplates).toHaveLength(1);
  const claim = statefulSet.spec.volumeClaimTemplates[0];
  expect(claim.metadata.name).toBe("data");
  expect(claim.spec).toMatchObject({ accessModes: ["ReadWriteOnce"], storageClassName: "fast-ssd", resources: { requests: { storage: "100Gi" } } });
  // The claim holds the data, and the run host path is off: no host path volume is left.
  expect((statefulSet.spec.template.spec.volumes ?? []).map((volume) => volume.name)).not.toContain("data");
  expect((statefulSet.spec.template.spec.volumes ?? []).map((volume) => volume.name)).not.toContain("run");
});
