// The values.yaml tab is the wizard's state, edited as text beside the form: the chart's schema
// marks what is wrong as you type, a syntax error never costs what was typed, and a form edit
// changes only its own line of the document.
import { expect, openWizard, test } from "./fixtures";
import { downloadedValuesText, goToStep, replaceValuesText, valuesEditor, valuesEditorLines } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("an unknown key typed in the editor gets a marker and a hover message; fixed, the form follows", async ({ page }) => {
  await openWizard(page);
  await replaceValuesText(page, "engine:\n  kinds: StatefulSet\n");
  const editor = await valuesEditor(page);
  const squiggle = editor.locator(".squiggly-error").first();
  await expect(squiggle).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("group", { name: "Export" })).toContainText("engine.kinds (did you mean engine.kind?)");

  await editor.locator(".view-line span", { hasText: /^kinds$/ }).hover();
  // The chart's rule, word for word as the CLI and the form say it, with a "did you mean".
  await expect(page.locator(".monaco-hover").filter({ hasText: "engine.kinds: unknown key; the chart has no such value. Did you mean engine.kind?" })).toBeVisible({ timeout: 15_000 });

  await replaceValuesText(page, "engine:\n  kind: StatefulSet\n");
  await expect(editor.locator(".squiggly-error")).toHaveCount(0);
  await goToStep(page, "Deployment");
  await expect(page.getByRole("radio", { name: "StatefulSet" })).toHaveAttribute("aria-checked", "true");
});

test("broken YAML: the error at its line, the form keeps the last good values read-only, nothing typed is lost", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Deployment");
  await replaceValuesText(page, "engine:\n  kind: StatefulSet\n");
  const statefulSet = page.getByRole("radio", { name: "StatefulSet" });
  await expect(statefulSet).toHaveAttribute("aria-checked", "true");

  const broken = "engine:\n  kind: StatefulSet\n  labels: {team: [platform\n";
  await replaceValuesText(page, broken);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("alert").filter({ hasText: "Your text stays as typed" })).toContainText(/values.yaml has an error at line \d, column \d+/);
  const notice = page.getByRole("alert").filter({ hasText: "fix it there" });
  await expect(notice).toContainText(/values.yaml has an error at line \d: fix it there; the form shows the last valid values/);
  await expect(statefulSet).toHaveAttribute("aria-checked", "true");
  await expect(statefulSet).toBeDisabled();
  await expect(preview.getByText("out of date", { exact: true })).toBeVisible();
  const editor = await valuesEditor(page);
  await expect(editor.locator(".squiggly-error").first()).toBeVisible();
  expect(await valuesEditorLines(page)).toBe(broken.trimEnd() + "\n");

  // Exports refuse broken YAML with the place of the error, and keep the text.
  await page.getByRole("group", { name: "Export" }).getByRole("button", { name: "Download values.yaml" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Cannot export values.yaml yet" })).toContainText(/line \d/);

  await replaceValuesText(page, "engine:\n  kind: DaemonSet\n  labels: {team: [platform]}\n");
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "DaemonSet" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("radio", { name: "DaemonSet" })).toBeEnabled();
});

test("a form edit keeps the comment above the key in the editor and the export", async ({ page }) => {
  await openWizard(page);
  const text = "# Our engine settings\nengine:\n  image:\n    # Never pull: the nodes are air-gapped\n    pullPolicy: IfNotPresent\n";
  await replaceValuesText(page, text);
  await expect.poll(() => valuesEditorLines(page)).toBe(text);
  await page.getByRole("combobox", { name: "Pull policy" }).selectOption("Never");
  const expected = text.replace("pullPolicy: IfNotPresent", "pullPolicy: Never");
  await expect.poll(() => valuesEditorLines(page)).toBe(expected);
  expect(await downloadedValuesText(page)).toBe(expected);
});

// A text field is left to the browser while the user types (the keystroke renders nothing): it
// must still take every value the text gets from elsewhere, and never lose a key typed into it.
test("a text field takes the value the editor gives it, and what is typed into it after reaches the editor", async ({ page }) => {
  await openWizard(page);
  const field = page.getByRole("textbox", { name: "Name override", exact: true });
  await field.click();
  await page.keyboard.type("first");
  await expect.poll(() => valuesEditorLines(page)).toBe("nameOverride: first\n");

  await replaceValuesText(page, "nameOverride: second\n");
  await expect(field).toHaveValue("second");

  await field.click();
  await page.keyboard.press("End");
  await page.keyboard.type("-and-more");
  await expect(field).toHaveValue("second-and-more");
  await expect.poll(() => valuesEditorLines(page)).toBe("nameOverride: second-and-more\n");

  await replaceValuesText(page, "fullnameOverride: other\n");
  await expect(field).toHaveValue("");
  await expect(page.getByRole("textbox", { name: "Full name override", exact: true })).toHaveValue("other");
});

// A map's and a list's entries are the browser's inputs too: they take what the editor gives them,
// keep what is typed into them (a half-typed duplicate key included), and a removed entry takes
// its inputs along, the entries below keeping theirs.
test("the entries of a map and a list take the value the editor gives them, and what is typed into them after reaches it", async ({ page }) => {
  await openWizard(page);
  const entry = (name: string) => page.getByRole("textbox", { name, exact: true });
  await page.getByRole("button", { name: "Add entry" }).click();
  await entry("Labels on every resource key 1").fill("team");
  await entry("Labels on every resource value 1").fill("ci");
  await expect.poll(() => valuesEditorLines(page)).toBe("labels:\n  team: ci\n");

  await replaceValuesText(page, "labels:\n  team: platform\n  tier: web\nengine:\n  imagePullSecrets:\n    - name: one\n    - name: two\n");
  await expect(entry("Labels on every resource value 1")).toHaveValue("platform");
  await expect(entry("Labels on every resource key 2")).toHaveValue("tier");
  await expect(entry("Pull secret 2")).toHaveValue("two");

  await entry("Labels on every resource value 2").click();
  await page.keyboard.press("End");
  await page.keyboard.type("-x");
  await entry("Pull secret 2").click();
  await page.keyboard.press("End");
  await page.keyboard.type("-y");
  await expect.poll(() => valuesEditorLines(page)).toBe("labels:\n  team: platform\n  tier: web-x\nengine:\n  imagePullSecrets:\n    - name: one\n    - name: two-y\n");

  await page.getByRole("button", { name: "Remove labels on every resource 1" }).click();
  await page.getByRole("button", { name: "Remove pull secret 1" }).click();
  await expect(entry("Labels on every resource key 1")).toHaveValue("tier");
  await expect(entry("Labels on every resource value 1")).toHaveValue("web-x");
  await expect(entry("Pull secret 1")).toHaveValue("two-y");
  await expect(entry("Pull secret 2")).toHaveCount(0);
  await expect.poll(() => valuesEditorLines(page)).toBe("labels:\n  tier: web-x\nengine:\n  imagePullSecrets:\n    - name: two-y\n");

  // A second row typed into the key of the first: warned at once it is whole, and kept as typed.
  await page.getByRole("button", { name: "Add entry" }).click();
  await entry("Labels on every resource key 2").click();
  await page.keyboard.type("tier");
  const second = page.locator(".mantine-InputWrapper-root:has(> div > input[aria-label='Labels on every resource key 2'])");
  await expect(second).toContainText("used twice: the last one wins");
  await page.keyboard.press("Backspace");
  await expect(second).not.toContainText("used twice");
  await expect(entry("Labels on every resource key 2")).toHaveValue("tie");
  await expect(entry("Labels on every resource key 1")).toHaveValue("tier");
});
