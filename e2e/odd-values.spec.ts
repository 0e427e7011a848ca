// values.yaml as people get it wrong: a value of another kind than the chart's (env as a map, a
// scalar where the chart has a table). Helm refuses it, and the preview says where; every step of
// the form still opens, on the chart's shape. And a step that cannot render at all says so in its
// place, the rest of the wizard working on.
import { expect, openWizard, test } from "./fixtures";
import { goToStep, replaceValuesText } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const STEPS = ["Release", "Deployment", "Storage", "Security", "Engine", "Scheduling", "Connect", "Review"];

// Each of these values blanked the page once its step opened (found by setting every values key of
// the chart to a value of another kind, one at a time).
const ODD_VALUES = [
  "engine: 5\n",
  "fullnameOverride:\n  a: 1\nengine:\n  configJson:\n    a: 1\n  env:\n    FOO: bar\n  tolerations: 5\n  containerPorts: 5\n  hostPath: 5\n  volumes: 5\n  sidecars: 5\n",
];

test("every step opens with values of the wrong kind in values.yaml, and the preview says what Helm refuses", async ({ page }) => {
  await openWizard(page);
  for (const text of ODD_VALUES) {
    await replaceValuesText(page, text);
    await expect(page.getByRole("region", { name: "Preview" }).getByRole("alert", { name: /stops? Helm from rendering/ })).toBeVisible();
    for (const step of STEPS) {
      await goToStep(page, step);
      await expect(page.getByRole("alert").filter({ hasText: "could not be shown" }), `${step} with ${JSON.stringify(text)}`).toHaveCount(0);
    }
  }
});

test("a step whose code does not load says so in its place; the other steps and the preview work on", async ({ page, guards }) => {
  await page.route(/\/assets\/SecurityStep-[^/]+\.js$/, (route) => route.abort());
  await openWizard(page);
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: "Security" }).click();
  const failed = page.getByRole("alert").filter({ hasText: "Security could not be shown" });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("Its code did not load");
  await expect(failed.getByRole("button", { name: "Reload" })).toBeVisible();
  await goToStep(page, "Engine");
  await page.getByRole("region", { name: "Preview" }).getByRole("tab", { name: "manifests" }).click();
  await expect(page.getByRole("region", { name: "Preview" }).locator(".view-line").first()).toBeVisible();
  // The aborted request, and the warning of the error shown in place, are what this test made.
  const expected = guards.failures.filter((failure) => /ERR_FAILED|SecurityStep/.test(failure));
  expect(expected.length).toBeGreaterThan(0);
  guards.failures.splice(0, guards.failures.length, ...guards.failures.filter((failure) => !expected.includes(failure)));
});
