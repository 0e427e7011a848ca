// A user downloads values.yaml and manifests.yaml and applies them: the files must parse, hold
// the chart's documents for the release, and carry the optional Namespace only when asked.
import { expect, openWizard, test } from "./fixtures";
import { download, downloadedManifests, downloadedValues, kinds } from "./helpers";

test("manifests.yaml holds the chart's documents for the release, in Helm's order", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("textbox", { name: "Release name" }).fill("ci");
  await page.getByRole("textbox", { name: "Namespace" }).fill("builds");
  const documents = await downloadedManifests(page);
  expect(kinds(documents)).toEqual(["Service", "DaemonSet"]);
  for (const document of documents) {
    expect(document.metadata).toMatchObject({ namespace: "builds", labels: { "app.kubernetes.io/instance": "ci" } });
  }
  const { text } = await download(page, "Download manifests.yaml");
  expect(text).toMatch(/^---\n# Source: dagger-helm\/templates\/engine-headless-service\.yaml\n/);
  expect(await downloadedValues(page)).toEqual({});
});

test("manifests.yaml starts with a privileged Namespace, marked as not part of the chart, only when asked", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("checkbox", { name: /privileged Namespace first/ }).check();
  const { text } = await download(page, "Download manifests.yaml");
  expect(text).toMatch(/^---\n# Not part of the dagger-helm chart/);
  const documents = await downloadedManifests(page);
  expect(kinds(documents)).toEqual(["Namespace", "Service", "DaemonSet"]);
  expect(documents[0]).toEqual({
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: "dagger", labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
  });
  await page.getByRole("checkbox", { name: /privileged Namespace first/ }).uncheck();
  expect(kinds(await downloadedManifests(page))).toEqual(["Service", "DaemonSet"]);
});
