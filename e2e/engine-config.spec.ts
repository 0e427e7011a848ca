// A user writes engine.toml in the code editor, keys typed fast included, and finds it in the
// ConfigMap, mounted into the engine. (The test browser says it runs on Windows, where Monaco
// would write CRLF line endings: the file must still have LF.)
import { expect, openWizard, test } from "./fixtures";
import { downloadedManifests, goToStep } from "./helpers";

const TOML = 'debug = true\n[grpc]\naddress = ["unix:///run/dagger/engine.sock", "tcp://0.0.0.0:1234"]';

test("engine.toml typed in the editor reaches the ConfigMap, every key kept", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Engine");
  // Monaco's text area carries the field's label once the editor has loaded.
  const editor = page.locator("#field-engine\\.config .monaco-editor");
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await page.getByRole("textbox", { name: "engine.toml" }).focus();
  await page.keyboard.type(TOML, { delay: 0 });

  const manifests = await downloadedManifests(page);
  const configMap = manifests.find((m) => m.kind === "ConfigMap") as { data: Record<string, string> } | undefined;
  expect(configMap?.data["engine.toml"]?.trim()).toBe(TOML);
  const daemonSet = manifests.find((m) => m.kind === "DaemonSet") as { spec: { template: { spec: { containers: { volumeMounts: { mountPath: string }[] }[] } } } };
  expect(daemonSet.spec.template.spec.containers[0].volumeMounts.map((mount) => mount.mountPath)).toContain("/etc/dagger/engine.toml");
});
