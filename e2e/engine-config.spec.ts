// A user writes engine.toml in the code editor, keys typed fast included, and finds it in the
// ConfigMap, mounted into the engine. (The test browser says it runs on Windows, where Monaco
// would write CRLF line endings: the file must still have LF.)
import type { Page } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";
import { downloadedManifests, downloadedValues, goToStep } from "./helpers";

const TOML = 'debug = true\n[grpc]\naddress = ["unix:///run/dagger/engine.sock", "tcp://0.0.0.0:1234"]';

/** Opens the Engine step and puts the keyboard in the engine.toml editor, once Monaco has loaded; returns the editor. */
async function focusTomlEditor(page: Page) {
  await openWizard(page);
  await goToStep(page, "Engine");
  // Monaco's text area carries the field's label once the editor has loaded.
  const editor = page.locator("#field-engine\\.config .monaco-editor");
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await page.getByRole("textbox", { name: "engine.toml" }).focus();
  return editor;
}

test("engine.toml typed in the editor reaches the ConfigMap, every key kept", async ({ page }) => {
  await focusTomlEditor(page);
  await page.keyboard.type(TOML, { delay: 0 });

  const manifests = await downloadedManifests(page);
  const configMap = manifests.find((m) => m.kind === "ConfigMap") as { data: Record<string, string> } | undefined;
  expect(configMap?.data["engine.toml"]?.trim()).toBe(TOML);
  const daemonSet = manifests.find((m) => m.kind === "DaemonSet") as { spec: { template: { spec: { containers: { volumeMounts: { mountPath: string }[] }[] } } } };
  expect(daemonSet.spec.template.spec.containers[0].volumeMounts.map((mount) => mount.mountPath)).toContain("/etc/dagger/engine.toml");
});

test("Enter after a word ends the line even while a suggestion of that very word is open", async ({ page }) => {
  const editor = await focusTomlEditor(page);
  await page.keyboard.type("insecure = true\ndebug = tru", { delay: 20 });
  // Monaco offers the words of the text as you type: "true", from the first line.
  const suggestion = page.locator(".suggest-widget").filter({ hasText: "true" });
  await expect(suggestion).toBeVisible({ timeout: 15_000 });
  await page.keyboard.type("e");
  await expect(suggestion).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.type("[grpc]");
  await expect(editor.locator(".view-line")).toHaveText(["insecure = true", "debug = true", "[grpc]"]);
});

type TConfigMap = { kind: string; data: Record<string, string> };
const configMapOf = (manifests: Record<string, unknown>[]) => manifests.find((m) => m.kind === "ConfigMap") as TConfigMap | undefined;

/** Adds docker.io with a mirror in the Registries tab. */
async function addMirror(page: Page): Promise<void> {
  const section = page.getByRole("region", { name: "Engine configuration (engine.json)" });
  await section.getByRole("tab", { name: "Registries" }).click();
  await section.getByRole("button", { name: "Add registry" }).click();
  const mirrors = section.getByRole("combobox", { name: "docker.io mirrors" });
  await mirrors.fill("mirror.gcr.io");
  await mirrors.press("Enter");
}

test("GC limits and a registry mirror set in the fields reach values.yaml and the ConfigMap", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openWizard(page);
  await goToStep(page, "Engine");
  const section = page.getByRole("region", { name: "Engine configuration (engine.json)" });
  await section.getByRole("textbox", { name: "Max used space" }).fill("10GB");
  await section.getByRole("textbox", { name: "Reserved space" }).fill("10%");
  await section.getByRole("textbox", { name: "Min free space" }).fill("12 parsecs");
  await expect(section.getByRole("textbox", { name: "Min free space" })).toHaveAccessibleDescription(/invalid disk space "12 parsecs"/);
  await section.getByRole("textbox", { name: "Min free space" }).fill("");
  await addMirror(page);

  const expected = { gc: { maxUsedSpace: "10GB", reservedSpace: "10%" }, registries: { "docker.io": { mirrors: ["mirror.gcr.io"] } } };
  const values = (await downloadedValues(page)) as { engine: { configJson: string } };
  expect(JSON.parse(values.engine.configJson)).toEqual(expected);
  const configMap = configMapOf(await downloadedManifests(page));
  expect(JSON.parse(configMap?.data["engine.json"] ?? "")).toEqual(expected);

  await section.getByRole("tab", { name: "Garbage collection" }).click();
  // Tall enough for the whole section, without the download notifications over it.
  await page.setViewportSize({ width: 1440, height: 1900 });
  const hideNotifications = ".mantine-Notifications-root { display: none !important; }";
  await section.screenshot({ path: "e2e/screenshots/engine-config-1440.png", animations: "disabled", style: hideNotifications });
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await section.screenshot({ path: "e2e/screenshots/engine-config-1440-dark.png", animations: "disabled", style: hideNotifications });
});

test("an engine older than v0.19.0 refuses registries in engine.json: the error names the key and leads to it", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Engine");
  await addMirror(page);
  await goToStep(page, "Release");
  await page.getByRole("radio", { name: "Another engine version" }).check();
  await page.getByRole("combobox", { name: "Engine version" }).selectOption("0.18.19");
  await goToStep(page, "Engine");
  const section = page.getByRole("region", { name: "Engine configuration (engine.json)" });
  await section.getByRole("tab", { name: "Garbage collection" }).click();
  const problems = section.getByRole("alert").filter({ hasText: "The engine would refuse this engine.json" });
  await expect(problems).toContainText("registries: the engine v0.18.19 does not know this key, and refuses to start with it");
  await expect(section.getByRole("tab", { name: /Registries/ })).toContainText("1");
  await problems.getByRole("button", { name: "Go to registries" }).click();
  await expect(section.getByRole("tab", { name: /Registries/ })).toHaveAttribute("aria-selected", "true");
  await expect(section.getByText("Registries need engine v0.19.0 or later")).toBeVisible();
  await expect(section.getByRole("button", { name: "Add registry" })).toBeDisabled();
  await section.getByRole("button", { name: "Remove registry docker.io" }).click();
  await expect(problems).toHaveCount(0);
  // Nothing else was set: no engine.json at all, rather than {}.
  expect(((await downloadedValues(page)) as { engine: Record<string, unknown> }).engine.configJson).toBe("");
});

const RUNNER_VALUES = `engine:
  # the runner's BuildKit settings
  config: |
    debug = true
    insecure-entitlements = ["security.insecure"]
    [worker.oci]
      gc = true
      gckeepstorage = 20000000000
    [registry."docker.io"]
      mirrors = ["mirror.gcr.io"]
`;

test("an imported engine.toml is converted to engine.json after a preview with what stays behind, and the conversion can be undone", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const importDialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await importDialog.getByRole("textbox", { name: "values.yaml to import" }).fill(RUNNER_VALUES);
  await importDialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importDialog).toHaveCount(0);

  await goToStep(page, "Engine");
  await page.getByRole("button", { name: "Convert to engine.json…" }).click();
  const dialog = page.getByRole("dialog", { name: "Convert engine.toml to engine.json" });
  const preview = JSON.parse((await dialog.getByLabel("engine.json after the conversion").textContent()) ?? "");
  expect(preview).toEqual({ logLevel: "debug", gc: { enabled: true, reservedSpace: 20000000000 }, registries: { "docker.io": { mirrors: ["mirror.gcr.io"] } } });
  await expect(dialog.getByRole("list", { name: "Not converted" })).toContainText("insecure-entitlements: entitlements have no engine.json key");
  await expect(dialog.getByRole("checkbox", { name: "Empty engine.toml afterwards" })).not.toBeChecked();
  // Nothing changes until Convert.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(((await downloadedValues(page)) as { engine: Record<string, unknown> }).engine.configJson).toBeUndefined();

  await page.getByRole("button", { name: "Convert to engine.json…" }).click();
  await dialog.getByRole("button", { name: "Convert", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const section = page.getByRole("region", { name: "Engine configuration (engine.json)" });
  const reserved = section.getByRole("textbox", { name: "Reserved space" });
  await expect(reserved).toHaveValue("20000000000");
  await page.getByRole("alert").filter({ hasText: "engine.toml converted to engine.json" }).getByRole("button", { name: "Undo" }).click();
  await expect(reserved).toHaveValue("");

  await page.getByRole("button", { name: "Convert to engine.json…" }).click();
  await dialog.getByRole("button", { name: "Convert", exact: true }).click();
  await expect(reserved).toHaveValue("20000000000");
  const values = (await downloadedValues(page)) as { engine: { config: string; configJson: string } };
  expect(JSON.parse(values.engine.configJson)).toEqual(preview);
  expect(values.engine.config).toContain("insecure-entitlements");
});

test("a StatefulSet volume smaller than the engine's default reserve warns with the arithmetic, until a GC limit is set", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const importDialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await importDialog
    .getByRole("textbox", { name: "values.yaml to import" })
    .fill("engine:\n  kind: StatefulSet\n  statefulSet:\n    persistentVolumeClaim:\n      enabled: true\n      resources:\n        requests:\n          storage: 1Gi\n");
  await importDialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(importDialog).toHaveCount(0);

  await goToStep(page, "Engine");
  const section = page.getByRole("region", { name: "Engine configuration (engine.json)" });
  const warning = section.getByRole("alert").filter({ hasText: "With no GC limit in engine.json" });
  await expect(warning).toContainText("(0 + 1) × 1 GB = 1 GB");
  await expect(warning).toContainText("together 2 GB, more than the 1Gi volume (1.07 GB)");
  await section.getByRole("textbox", { name: "Max used space" }).fill("700MB");
  await expect(warning).toHaveCount(0);
});
