// A user brings the values.yaml they already have: pasted, or dropped on the page as a file (a
// parent chart's values included). The wizard says what it understood, imports on confirmation,
// and keeps the user's document; bad input changes nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, openWizard, test } from "./fixtures";
import { downloadedManifests, downloadedValuesText, goToStep, valuesEditorLines } from "./helpers";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

type TDocument = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

test("a pasted values.yaml for dagger's chart 0.15.0 is understood, aliases included, and exported as the user's document", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await dialog.getByRole("textbox", { name: "values.yaml to import" }).fill(fixture("vendor-0.15.0-values.yaml"));
  const understood = dialog.getByRole("alert").filter({ hasText: "Understood" });
  await expect(understood).toContainText("Understood: every key is one the chart reads");
  await expect(dialog.getByRole("region", { name: "Moving from dagger's chart or the fork" })).toContainText("Written for dagger's chart 0.17.0 to 1.0.0-beta.11");
  await expect(understood).toContainText("engine.readinessProbeSettings (merged over engine.readinessProbe)");
  await expect(understood).toContainText("Every key is one the chart knows.");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("alert").filter({ hasText: "Imported values.yaml" })).toBeVisible();

  // The probe timing comes from the vendor's alias.
  const documents = (await downloadedManifests(page)) as TDocument[];
  const probe = documents.find((document) => document.kind === "DaemonSet")!.spec.template.spec.containers[0].readinessProbe;
  expect(probe).toMatchObject({ initialDelaySeconds: 5, periodSeconds: 15 });
  await goToStep(page, "Scheduling");
  await expect(page.getByText("engine.readinessProbeSettings (the vendor chart's name) is set in your values")).toBeVisible();

  // The export is the user's document: comments, order, and keys set to a default on purpose.
  expect(await downloadedValuesText(page)).toBe(fixture("vendor-0.15.0-values.yaml"));
  expect(await valuesEditorLines(page)).toContain("# The vendor name of the readiness probe settings");
});

test("broken YAML, a binary file and unknown keys: a clear message with line and column, and nothing changes until Import", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("combobox", { name: "Pull policy" }).selectOption("Never");
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  const source = dialog.getByRole("textbox", { name: "values.yaml to import" });
  await source.fill("engine:\n  kind: StatefulSet\n  image: [\n");
  const error = dialog.getByRole("alert").filter({ hasText: "This cannot be imported" });
  // Where the unclosed [ opens (line 3), not where the parser gave up (the end of the file).
  await expect(error).toContainText("At line 3, column 10: the list opened with [ here is not closed");
  await expect(error).toContainText(/At line \d+, column \d+: .+\. Your current values are unchanged\./);
  await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeDisabled();

  await dialog.locator("input[type=file]").setInputFiles({ name: "engine.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0x65, 0x6e, 0x67, 0xff, 0xfe, 0x00]) });
  await expect(error).toContainText("engine.bin is not a YAML file: it is not UTF-8 text");

  await source.fill("engine:\n  kinds: StatefulSet # typo\n");
  const understood = dialog.getByRole("alert").filter({ hasText: "Understood" });
  await expect(understood).toContainText("engine.kinds (did you mean engine.kind?)");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("combobox", { name: "Pull policy" })).toHaveValue("Never");

  await page.getByRole("button", { name: "Import values.yaml" }).click();
  await dialog.getByRole("textbox", { name: "values.yaml to import" }).fill("engine:\n  kinds: StatefulSet # typo\n");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  // The unknown key stays; the export area says plainly that Helm will refuse it.
  const notice = page.getByRole("group", { name: "Export" }).getByRole("alert").filter({ hasText: "Helm will refuse these keys" });
  await expect(notice).toContainText("Helm will refuse these keys under the chart's schema: engine.kinds (did you mean engine.kind?)");
  expect(await downloadedValuesText(page)).toBe("engine:\n  kinds: StatefulSet # typo\n");
  // And Undo brings the earlier values back.
  await page.getByRole("alert").filter({ hasText: "Imported values.yaml" }).getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("combobox", { name: "Pull policy" })).toHaveValue("Never");
  await expect(notice).toHaveCount(0);
});

test("a UTF-16 file Helm 4 reads one byte over is imported as Helm 4 reads it, and the dialog says where it stops being read as written", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  // U+0D08 is 08 0D in little-endian UTF-16: before a line break (0A 00), Helm 4's line reader
  // takes the 0D out, and reads the rest of the file one byte over.
  const text = "engine:\n  annotations:\n    note: \u0d08\n    other: x\n";
  await dialog.locator("input[type=file]").setInputFiles({ name: "utf16.yaml", mimeType: "text/yaml", buffer: Buffer.from(`\ufeff${text}`, "utf16le") });
  const note = dialog.getByRole("alert").filter({ hasText: "utf16.yaml is read as Helm 4 reads it, not as written" });
  await expect(note).toContainText("with a byte taken out at line 3, byte");
  await expect(note).toContainText("save the file as UTF-8 to have what it holds.");
  // What is shown, and imported, is what Helm 4 reads: the annotation runs on past the line break.
  const source = dialog.getByRole("textbox", { name: "values.yaml to import" });
  const shown = await source.inputValue();
  expect(shown.startsWith("engine:\n  annotations:\n    note: ")).toBe(true);
  expect(shown).not.toContain("other: x");
  // Pasted text is read as written: the note goes.
  await source.fill("engine:\n  kind: StatefulSet\n");
  await expect(note).toHaveCount(0);
});

test("a parent chart's values dropped on the page: its dagger: block is offered and imported", async ({ page }) => {
  await openWizard(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "parent-chart-values.yaml", { type: "application/yaml" }));
    return transfer;
  }, fixture("parent-chart-values.yaml"));
  await page.dispatchEvent("main", "dragenter", { dataTransfer });
  await expect(page.getByText("Drop your values.yaml to import it")).toBeVisible();
  await page.dispatchEvent("main", "drop", { dataTransfer });
  await expect(page.getByText("Drop your values.yaml to import it")).toHaveCount(0);

  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await expect(dialog.getByText("From parent-chart-values.yaml")).toBeVisible();
  await expect(dialog.getByRole("alert").filter({ hasText: "A parent chart's values" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  await dialog.getByRole("button", { name: "Use the dagger: block" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "Understood" })).toBeVisible();
  // The text box shows what will be imported: the block, not the whole parent file.
  const source = dialog.getByRole("textbox", { name: "values.yaml to import" });
  await expect(source).toHaveValue(/# The runner schedules engines on its build nodes/);
  await expect(source).not.toHaveValue(/agentManager/);
  await expect(dialog.getByText("From parent-chart-values.yaml: its dagger: block")).toBeVisible();
  await expect(dialog.getByRole("region", { name: "Moving from dagger's chart or the fork" })).toContainText("Closest: the kubiya fork 0.4.0 to 0.4.1");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();

  await goToStep(page, "Deployment");
  await expect(page.getByRole("radio", { name: "StatefulSet" })).toHaveAttribute("aria-checked", "true");
  const lines = await valuesEditorLines(page);
  expect(lines).toContain("# The runner schedules engines on its build nodes");
  expect(lines).not.toContain("agentManager");
});

test("a value the chart refuses is named in the dialog before Import, and importing keeps it to fix in the wizard", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await dialog.getByRole("textbox", { name: "values.yaml to import" }).fill("engine:\n  kind: Deployment # as in another chart\n");
  const verdict = dialog.getByRole("alert").filter({ hasText: "Understood" });
  await expect(verdict).toContainText("Understood, but the chart refuses some of these values");
  await expect(verdict).toContainText("1 value the chart refuses");
  await expect(verdict).toContainText('engine.kind: Invalid option: expected one of "DaemonSet"|"StatefulSet"');
  await expect(verdict).not.toContainText("Understood: every key is one the chart reads");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  // Nothing lost: the file as written, and the problem where the wizard shows problems.
  expect(await downloadedValuesText(page)).toBe("engine:\n  kind: Deployment # as in another chart\n");
  await expect(page.getByRole("alert", { name: /stops? Helm from rendering/ })).toContainText("engine.kind");
});
