// A user starts from each preset with one click, and can undo it.
import { expect, openWizard, test } from "./fixtures";
import { downloadedManifests, downloadedValues, kinds } from "./helpers";
import type { Page } from "@playwright/test";

async function applyPreset(page: Page, name: string) {
  await page.getByRole("button", { name: "Presets" }).click();
  await page.getByRole("menuitem", { name }).click();
  await expect(page.getByRole("alert").filter({ hasText: `Preset applied: ${name}` })).toBeVisible();
}

type TDocument = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const byKind = (documents: TDocument[], kind: string) => documents.find((document) => document.kind === kind) as TDocument;

test("DaemonSet (chart defaults) gives the defaults back", async ({ page }) => {
  await openWizard(page);
  await applyPreset(page, "StatefulSet with persistent cache");
  await applyPreset(page, "DaemonSet (chart defaults)");
  expect(await downloadedValues(page)).toEqual({});
  expect(kinds(await downloadedManifests(page))).toEqual(["Service", "DaemonSet"]);
});

test("StatefulSet with persistent cache: one engine with a 100Gi volume that is retained", async ({ page }) => {
  await openWizard(page);
  await applyPreset(page, "StatefulSet with persistent cache");
  expect(await downloadedValues(page)).toEqual({
    engine: { kind: "StatefulSet", statefulSet: { persistentVolumeClaim: { enabled: true, resources: { requests: { storage: "100Gi" } } } } },
  });
  const documents = await downloadedManifests(page);
  expect(kinds(documents)).toEqual(["Service", "StatefulSet"]);
  const statefulSet = byKind(documents, "StatefulSet");
  expect(statefulSet.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe("100Gi");
  expect(statefulSet.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: "Retain", whenScaled: "Retain" });
});

test("Runner: StatefulSet, volume, headless Service, ServiceAccount, Role, RoleBinding, -runner paths, its own probe", async ({ page }) => {
  await openWizard(page);
  await applyPreset(page, "Runner (as kubiya-runner uses it)");
  expect(await downloadedValues(page)).toEqual({
    volumeMountsPostfix: "runner",
    engine: {
      kind: "StatefulSet",
      readinessProbe: {
        exec: { command: ["dagger", "core", "version"] },
        initialDelaySeconds: 10,
        periodSeconds: 15,
        timeoutSeconds: 10,
        failureThreshold: 10,
      },
      newServiceAccount: { create: true },
      statefulSet: { podManagementPolicy: "Parallel", persistentVolumeClaim: { enabled: true, resources: { requests: { storage: "100Gi" } } } },
    },
    additionalResources: { role: { create: true }, roleBinding: { create: true } },
  });
  const documents = await downloadedManifests(page);
  expect(kinds(documents)).toEqual(["ServiceAccount", "Role", "RoleBinding", "Service", "StatefulSet"]);
  expect(byKind(documents, "Service").spec.clusterIP).toBe("None");
  const pod = byKind(documents, "StatefulSet").spec.template.spec;
  expect(pod.serviceAccountName).toBe(byKind(documents, "ServiceAccount").metadata.name);
  expect(pod.containers[0].readinessProbe).toMatchObject({ exec: { command: ["dagger", "core", "version"] }, failureThreshold: 10 });
  expect(JSON.stringify(pod.containers[0].volumeMounts)).toContain("-runner");
});

test("a preset can be undone, and keeps the release name and namespace", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("textbox", { name: "Release name" }).fill("ci");
  await page.getByRole("combobox", { name: "Pull policy" }).selectOption("Never");
  await applyPreset(page, "Runner (as kubiya-runner uses it)");
  await expect(page.getByRole("textbox", { name: "Release name" })).toHaveValue("ci");
  await expect(page.getByRole("combobox", { name: "Pull policy" })).toHaveValue("IfNotPresent");
  await page.getByRole("alert").filter({ hasText: "Preset applied" }).getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("combobox", { name: "Pull policy" })).toHaveValue("Never");
  expect(await downloadedValues(page)).toEqual({ engine: { image: { pullPolicy: "Never" } } });
});
