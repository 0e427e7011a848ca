// A user adds a volume in the Scheduling step's YAML field, as they would write it in
// values.yaml: the wizard reads it as Helm does (YAML 1.1), so `defaultMode: 0644` is the
// octal 420 and `optional: yes` is true in the values and manifests it exports.
import { expect, openWizard, test } from "./fixtures";
import { downloadedManifests, downloadedValues, goToStep } from "./helpers";

test("a volume typed as YAML is read as Helm reads values.yaml", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Scheduling");
  const volumes = page.getByRole("textbox", { name: "Extra volumes (YAML)" });
  await volumes.fill("- name: certs\n  configMap:\n    name: registry-ca\n    defaultMode: 0644\n    optional: yes\n");
  await page.getByRole("textbox", { name: "Extra volume mounts (YAML)" }).fill("- name: certs\n  mountPath: /etc/ssl/certs/registry-ca\n  readOnly: on\n");

  const values = (await downloadedValues(page)) as { engine: { volumes: unknown[]; volumeMounts: unknown[] } };
  expect(values.engine.volumes).toEqual([{ name: "certs", configMap: { name: "registry-ca", defaultMode: 420, optional: true } }]);
  expect(values.engine.volumeMounts).toEqual([{ name: "certs", mountPath: "/etc/ssl/certs/registry-ca", readOnly: true }]);

  const manifests = await downloadedManifests(page);
  const daemonSet = manifests.find((document) => document.kind === "DaemonSet") as { spec: { template: { spec: { volumes: { name: string }[] } } } };
  expect(daemonSet.spec.template.spec.volumes.find((volume) => volume.name === "certs")).toEqual({ name: "certs", configMap: { name: "registry-ca", defaultMode: 420, optional: true } });

  // The field shows the value back as values.yaml writes it once the form holds it.
  await goToStep(page, "Review");
  await goToStep(page, "Scheduling");
  await expect(volumes).toHaveValue(/defaultMode: 420/);
});
