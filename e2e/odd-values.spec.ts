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

test("a step that stops at a value it did not expect says so, leads to values.yaml, and comes back at the text's next change", async ({ page, guards }) => {
  // Every value found to stop a step is handled now; this step's code is made to stop until the page says otherwise.
  await page.route(/\/assets\/SecurityStep-[^/]+\.js$/, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: 'export function SecurityStep() { if (!window.__stepMended) throw new Error("engine.podSecurityContext is not a table"); return "The Security step again"; }',
    }),
  );
  await openWizard(page);
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: "Security" }).click();
  const failed = page.getByRole("alert").filter({ hasText: "Security could not be shown" });
  await expect(failed).toContainText("It stopped at a value it did not expect (engine.podSecurityContext is not a table)");
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "manifests" }).click();
  await failed.getByRole("button", { name: "Show values.yaml" }).click();
  await expect(preview.getByRole("tab", { name: "values.yaml" })).toHaveAttribute("aria-selected", "true");
  // The header, the step list and the preview work on; the step stays down while the text stays.
  await goToStep(page, "Engine");
  await goToStep(page, "Security");
  await expect(failed).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __stepMended: boolean }).__stepMended = true));
  await expect(failed).toBeVisible();
  await replaceValuesText(page, "nameOverride: mended\n");
  await expect(page.getByText("The Security step again")).toBeVisible();
  await expect(failed).toHaveCount(0);
  // The warning of the error shown in place is what this test made.
  const expected = guards.failures.filter((failure) => failure.includes("engine.podSecurityContext is not a table"));
  guards.failures.splice(0, guards.failures.length, ...guards.failures.filter((failure) => !expected.includes(failure)));
});
