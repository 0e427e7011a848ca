// A platform engineer types resource amounts as Kubernetes writes them and finds them in
// values.yaml exactly as typed; a memory limit below its request is a problem at the limit field.
import { expect, openWizard, test } from "./fixtures";
import { downloadedValuesText, goToStep } from "./helpers";

test("CPU, memory and storage keep what was typed, and a limit below its request is shown at the field", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Scheduling");
  const cpuRequest = page.getByRole("textbox", { name: "CPU request" });
  await cpuRequest.fill("4000m");
  // What the amount means is shown beside it, so that 4000m is not read as 4000 cores.
  await expect(page.getByText("= 4 cores")).toBeVisible();
  await page.getByRole("textbox", { name: "Memory request" }).fill("512Mi");
  await expect(page.getByText("= 512 MiB")).toBeVisible();
  await page.getByRole("textbox", { name: "CPU limit" }).fill("0.5");

  await goToStep(page, "Deployment");
  await page.getByRole("radio", { name: "StatefulSet" }).click();
  await goToStep(page, "Storage");
  await page.getByLabel("PersistentVolumeClaim for each engine").check();
  await page.getByRole("textbox", { name: "Size", exact: true }).fill("1Ti");
  await expect(page.getByText("= 1 TiB")).toBeVisible();

  const text = await downloadedValuesText(page);
  expect(text).toContain("cpu: 4000m\n");
  expect(text).toContain("memory: 512Mi\n");
  expect(text).toContain("storage: 1Ti\n");
  // A plain number that prints back as typed is written as a number.
  expect(text).toContain("cpu: 0.5\n");

  await goToStep(page, "Scheduling");
  const memoryLimit = page.getByRole("textbox", { name: "Memory limit" });
  await memoryLimit.fill("256Mi");
  await expect(memoryLimit).toHaveAttribute("aria-invalid", "true");
  // The problem stands at the field, as its description for assistive technology too.
  const describedBy = ((await memoryLimit.getAttribute("aria-describedby")) ?? "").split(" ");
  const errorId = describedBy.find((id) => id.endsWith("-error"));
  expect(errorId).toBeDefined();
  const fieldProblem = page.locator(`[id="${errorId}"]`);
  await expect(fieldProblem).toHaveText("is below engine.resources.requests.memory: the API server refuses a limit below its request. Raise the limit, or lower the request");
  // Text Kubernetes refuses is kept as typed, with the grammar at the field.
  await memoryLimit.fill("1 Gi");
  await expect(memoryLimit).toHaveValue("1 Gi");
  await expect(fieldProblem).toContainText("must be a Kubernetes quantity such as 250m");
  await memoryLimit.fill("1Gi");
  await expect(memoryLimit).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("= 1 GiB")).toBeVisible();

  // How it looks with the problem, wide and on a phone, light and dark (kept in e2e/screenshots/).
  await memoryLimit.fill("256Mi");
  await expect(fieldProblem).toContainText("is below engine.resources.requests.memory");
  for (const theme of ["light", "dark"]) {
    if (theme === "dark") await page.getByRole("button", { name: "Switch to dark theme" }).click();
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.getByRole("region", { name: "Requests and limits" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `e2e/screenshots/quantities-${width}-${theme}.png`, animations: "disabled" });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }
});
