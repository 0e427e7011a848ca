// A keyboard user goes through the steps: the deployment cards answer arrow keys, switches and
// radios answer Space and arrows, and the review's problem links jump to the field that has the
// problem, focused.
import { expect, openWizard, test } from "./fixtures";
import { goToStep } from "./helpers";

test("the steps work from the keyboard, and review links focus the field with the problem", async ({ page }) => {
  await openWizard(page);

  // A release name Helm refuses shows at the field.
  const releaseName = page.getByLabel("Release name");
  await releaseName.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Bad_Name");
  await expect(page.getByRole("region", { name: "Helm release" }).getByText('"Bad_Name" must be lower-case letters')).toBeVisible();

  // Deployment: the cards are one radio group; the arrow keys choose.
  await goToStep(page, "Deployment");
  const daemonSet = page.getByRole("radio", { name: "DaemonSet" });
  const statefulSet = page.getByRole("radio", { name: "StatefulSet" });
  await daemonSet.focus();
  await page.keyboard.press("ArrowRight");
  await expect(statefulSet).toHaveAttribute("aria-checked", "true");
  await expect(statefulSet).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Replicas")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("3");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel("Replicas")).toHaveValue("4");

  // Storage: four engines on one host path is a warning until Space turns the claim on (off by
  // default, as in dagger's chart); then the arrow keys pick a retention.
  await goToStep(page, "Storage");
  const claim = page.getByLabel("PersistentVolumeClaim for each engine");
  await expect(claim).not.toBeChecked();
  await expect(page.getByRole("alert").filter({ hasText: "engines keep their data on one host path" })).toBeVisible();
  await claim.focus();
  await page.keyboard.press("Space");
  await expect(claim).toBeChecked();
  await expect(page.getByRole("alert").filter({ hasText: "engines keep their data on one host path" })).toHaveCount(0);
  const retain = page.getByRole("radiogroup", { name: "When the StatefulSet scales down" }).getByRole("radio", { name: "Retain" });
  await retain.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radiogroup", { name: "When the StatefulSet scales down" }).getByRole("radio", { name: "Delete" })).toBeChecked();

  // Engine: magicache on without a token is a problem the core reports.
  await goToStep(page, "Engine");
  const magicache = page.getByLabel("Use magicache");
  await magicache.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Magicache" }).getByText("is true but neither magicache.token nor magicache.secretName is set")).toBeVisible();

  // Review: every problem is a link to its field.
  await goToStep(page, "Review");
  const problems = page.getByRole("list", { name: "Problems" });
  await expect(problems.getByRole("listitem")).toHaveCount(2);
  await problems.getByRole("button", { name: "Go to magicache.enabled" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Engine" })).toBeVisible();
  await expect(magicache).toBeFocused();
  // Space answers the focused switch: the problem is gone.
  await page.keyboard.press("Space");
  await expect(magicache).not.toBeChecked();

  await goToStep(page, "Review");
  await problems.getByRole("button", { name: "Go to release.name" }).focus();
  await page.keyboard.press("Enter");
  await expect(releaseName).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("ci-engines");

  await goToStep(page, "Review");
  await expect(page.getByRole("list", { name: "Problems" })).toHaveCount(0);
  // The run host path is still on for 4 replicas: a warning remains, with its link.
  const warnings = page.getByRole("list", { name: "Warnings" });
  await warnings.getByRole("button", { name: "Go to engine.hostPath.runVolume.enabled" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Run on a host path")).toBeFocused();
});
