// A user who runs dagger's chart or the kubiya fork today imports their values.yaml: the wizard
// says which chart and release it was written for, what a migration pins, whether `helm upgrade`
// goes through in place and what changes in the cluster, and offers the migrated values.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, openWizard, test } from "./fixtures";
import { downloadedManifests, goToStep, valuesEditorLines } from "./helpers";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

type TDocument = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

test("a fork 0.4.1 StatefulSet file: detected, migrated in place, and imported with its pins and comments", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await dialog.getByRole("textbox", { name: "values.yaml to import" }).fill(fixture("fork-0.4.1-runner-values.yaml"));

  const moving = dialog.getByRole("region", { name: "Moving from dagger's chart or the fork" });
  await expect(moving).toContainText("Detected from its keys. Written for the kubiya fork 0.4.0 to 0.4.1");
  await expect(moving.getByRole("combobox", { name: "Written for" })).toHaveValue("the kubiya fork 0.4.1");
  const verdict = moving.getByRole("alert", { name: /^helm upgrade/ });
  await expect(verdict).toContainText("helm upgrade goes through in place");
  const changes = verdict.getByRole("list", { name: "Changes to the values" });
  await expect(changes).toContainText("engine.image.ref pinned to registry.dagger.io/engine:v0.18.16");
  await expect(changes).toContainText("engine.statefulSet.podManagementPolicy pinned to Parallel");
  await expect(changes).toContainText("engine.statefulSet.persistentVolumeClaim pinned to the deployed claim template (enabled, 50Gi)");
  await moving.getByText(/^What changes in the cluster/).click();
  await expect(moving.getByRole("group", { name: "What changes in the cluster" })).toContainText("StatefulSet dagger-dagger-helm-engine:");
  await moving.screenshot({ path: "e2e/screenshots/import-migration.png", animations: "disabled" });

  // Saying the file is for this chart withdraws the migration; choosing the release brings it back.
  await moving.getByRole("combobox", { name: "Written for" }).click();
  await page.getByRole("option", { name: "this chart (dagger-helm): import as written" }).click();
  await expect(verdict).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Use migrated values" })).toHaveCount(0);
  await moving.getByRole("combobox", { name: "Written for" }).fill("fork 0.4.1");
  await page.getByRole("option", { name: "the kubiya fork 0.4.1" }).click();
  await expect(verdict).toContainText("helm upgrade goes through in place");

  await dialog.getByRole("button", { name: "Use migrated values" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("alert").filter({ hasText: "Imported values.yaml (migrated from fork@0.4.1)" })).toBeVisible();

  const lines = await valuesEditorLines(page);
  expect(lines).toContain("# The build runners' engines, installed with the kubiya fork 0.4.1.");
  expect(lines).toContain("  kind: StatefulSet # one engine per agent");
  expect(lines).toContain("    podManagementPolicy: Parallel");
  await goToStep(page, "Deployment");
  await expect(page.getByRole("radio", { name: "StatefulSet" })).toHaveAttribute("aria-checked", "true");
  const statefulSet = ((await downloadedManifests(page)) as TDocument[]).find((document) => document.kind === "StatefulSet")!;
  expect(statefulSet.spec.podManagementPolicy).toBe("Parallel");
  expect(statefulSet.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe("50Gi");
  expect(statefulSet.spec.template.spec.containers[0].image).toBe("registry.dagger.io/engine:v0.18.16");
});

test("a name the upstream chart could not install: the verdict says the workload is replaced, and why", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await dialog
    .getByRole("textbox", { name: "values.yaml to import" })
    .fill("fullnameOverride: build-cluster-runners-for-the-platform-team-01\nengine:\n  kind: StatefulSet\n  livenessProbeSettings:\n    periodSeconds: 60\n");
  const moving = dialog.getByRole("region", { name: "Moving from dagger's chart or the fork" });
  await expect(moving.getByRole("combobox", { name: "Written for" })).toHaveValue("dagger's chart 1.0.0-beta.11");
  await moving.getByRole("combobox", { name: "Written for" }).fill("0.20.6");
  await page.getByRole("option", { name: "dagger's chart 0.20.6" }).click();
  const verdict = moving.getByRole("alert", { name: /^helm upgrade/ });
  await expect(verdict).toContainText("helm upgrade goes through, but not in place");
  await expect(verdict).toContainText("The StatefulSet build-cluster-runners-for-the-platform-team-01-engine is not in the new render");
  await expect(verdict).toContainText("its pods' controller-revision-hash label would exceed 63 characters");
  await expect(verdict.getByRole("list", { name: "Changes to the values" })).toContainText("engine.image.ref pinned to registry.dagger.io/engine:v0.20.6");
  // Import as written stays possible, and it is what Cancel leaves untouched.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(await valuesEditorLines(page)).not.toContain("fullnameOverride: build-cluster-runners-for-the-platform-team-01");
});
