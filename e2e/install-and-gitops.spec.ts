// A platform engineer takes the configuration elsewhere: the install commands run against the
// chart repository this site serves, and the Flux and Argo CD files carry the same values.
import { execFile } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { helmPath, HELM_MAJORS, parseManifests } from "../test/helm";
import { parseExportedFile, validateGitOpsObject } from "../test/gitops-schema";
import { expect, openWizard, test } from "./fixtures";
import { clipboardText, closeInstallDialog, copiedInstallCommands, download, downloadedManifests, gitOpsDownload, installDialog, replaceValuesText } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const VALUES = `# Engines for the CI cluster
engine:
  kind: StatefulSet # a pool of engines
  statefulSet:
    replicas: 2
    persistentVolumeClaim:
      enabled: true
  labels:
    team: "yes"
    mode: "0755"
`;

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const run = promisify(execFile);

async function releaseWithValues(page: import("@playwright/test").Page) {
  await openWizard(page);
  await page.getByRole("textbox", { name: "Release name" }).fill("ci-engine");
  await page.getByRole("textbox", { name: "Namespace" }).fill("builds");
  await replaceValuesText(page, VALUES);
  await expect(page.getByRole("region", { name: "Preview" }).getByText("a pool of engines")).toBeVisible();
}

test("the Flux and Argo CD files validate and carry the values of values.yaml, comments included", async ({ page, baseURL }) => {
  await releaseWithValues(page);
  const values = parse((await download(page, "Download values.yaml")).text, { version: "1.1" });
  expect(values).toMatchObject({ engine: { kind: "StatefulSet", labels: { team: "yes", mode: "0755" } } });

  const flux = await gitOpsDownload(page, "Flux");
  expect(flux.name).toBe("dagger-helm-flux.yaml");
  const fluxDocs = parseExportedFile(flux.text) as Doc[];
  fluxDocs.forEach(validateGitOpsObject);
  expect(fluxDocs.map((doc) => doc.kind)).toEqual(["Namespace", "HelmRepository", "HelmRelease"]);
  expect(fluxDocs[0]?.metadata).toEqual({ name: "builds", labels: { "pod-security.kubernetes.io/enforce": "privileged" } });
  expect(fluxDocs[1]?.spec.url).toBe(`${baseURL}charts`);
  expect(fluxDocs[2]).toMatchObject({ metadata: { name: "ci-engine", namespace: "builds" }, spec: { releaseName: "ci-engine" } });
  expect(fluxDocs[2]?.spec.values).toEqual(values);
  expect(flux.text).toContain("# a pool of engines");

  const argo = await gitOpsDownload(page, "Argo CD");
  expect(argo.name).toBe("dagger-helm-argocd.yaml");
  const [application, ...more] = parseExportedFile(argo.text) as Doc[];
  expect(more).toEqual([]);
  validateGitOpsObject(application as Doc);
  expect(application?.spec).toMatchObject({
    source: { repoURL: `${baseURL}charts`, chart: "dagger-helm", targetRevision: fluxDocs[2]?.spec.chart.spec.version, helm: { releaseName: "ci-engine" } },
    destination: { namespace: "builds" },
    syncPolicy: { syncOptions: ["CreateNamespace=true"], managedNamespaceMetadata: { labels: { "pod-security.kubernetes.io/enforce": "privileged" } } },
  });
  expect(application?.spec.source.helm.valuesObject).toEqual(values);
  expect(argo.text).toContain("# Engines for the CI cluster");

  const dialog = await installDialog(page, "Argo CD");
  await dialog.getByRole("button", { name: "Copy Argo CD Application" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Argo CD Application copied" }).last()).toBeVisible();
  expect(await clipboardText(page)).toBe(argo.text);
  await closeInstallDialog(page);
});

test("values.yaml starts with the schema line for editors unless it is switched off", async ({ page, baseURL, request }) => {
  await openWizard(page);
  const line = `# yaml-language-server: $schema=${baseURL}values.schema.json\n`;
  expect((await download(page, "Download values.yaml")).text).toBe(line);
  await page.getByRole("switch", { name: "Schema line for editors" }).uncheck();
  expect((await download(page, "Download values.yaml")).text).toBe("");
  const schema = await request.get(`${baseURL}values.schema.json`);
  expect(schema.ok()).toBe(true);
  expect(await schema.json()).toMatchObject({ title: "dagger-helm values" });
  const index = await request.get(`${baseURL}charts/index.yaml`);
  expect(index.ok()).toBe(true);
  expect(await index.text()).toMatch(/^apiVersion: v1\n/);
});

test("the install commands, run against this site's chart repository, render the manifests the wizard shows", async ({ page, baseURL }) => {
  await releaseWithValues(page);
  const commands = (await copiedInstallCommands(page)).split("\n");
  expect(commands.slice(0, 2)).toEqual([
    "kubectl create namespace builds --dry-run=client -o yaml | kubectl apply -f -",
    "kubectl label namespace builds pod-security.kubernetes.io/enforce=privileged --overwrite",
  ]);
  const install = commands[2] ?? "";
  expect(install).toMatch(new RegExp(`^helm upgrade --install ci-engine dagger-helm --repo ${baseURL}charts --version \\S+ -n builds -f values.yaml$`));

  const work = mkdtempSync(join(tmpdir(), "install-commands-"));
  writeFileSync(join(work, "values.yaml"), (await download(page, "Download values.yaml")).text);
  const expected = await downloadedManifests(page);
  for (const major of HELM_MAJORS) {
    const bin = mkdtempSync(join(work, `bin${major}-`));
    symlinkSync(helmPath(major), join(bin, "helm"));
    // The same command, rendering instead of installing: helm template takes upgrade --install's flags.
    const template = install.replace(/^helm upgrade --install /, "helm template ");
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, HELM_CACHE_HOME: join(bin, "cache"), HELM_CONFIG_HOME: join(bin, "config"), HELM_DATA_HOME: join(bin, "data") };
    const { stdout } = await run("bash", ["-e", "-c", template], { cwd: work, env, maxBuffer: 16 * 1024 * 1024 });
    expect(parseManifests(stdout).map((manifest) => manifest.object), `Helm ${major}`).toEqual(expected);
  }
});

test("the install commands note an existing namespace and install from an OCI registry", async ({ page }) => {
  await openWizard(page);
  const dialog = await installDialog(page, "Helm");
  await dialog.getByRole("switch", { name: /exists already/ }).check();
  await expect(dialog.getByText(/must allow privileged pods/)).toBeVisible();
  await dialog.getByRole("textbox", { name: "OCI registry (optional)" }).fill("ghcr.io/acme/dagger-helm");
  await expect(dialog.getByText("Leave /dagger-helm out")).toBeVisible();
  await dialog.getByRole("textbox", { name: "OCI registry (optional)" }).fill("oci://ghcr.io/acme/charts");
  await dialog.getByRole("button", { name: "Copy install commands" }).click();
  const commands = (await clipboardText(page)).split("\n");
  expect(commands).toHaveLength(3);
  expect(commands[0]).toMatch(/^helm pull dagger-helm --repo http:\/\/127\.0\.0\.1:\d+\/charts --version \S+$/);
  expect(commands[1]).toMatch(/^helm push dagger-helm-\S+\.tgz oci:\/\/ghcr\.io\/acme\/charts$/);
  expect(commands[2]).toMatch(/^helm upgrade --install dagger oci:\/\/ghcr\.io\/acme\/charts\/dagger-helm --version \S+ -n dagger -f values.yaml$/);
});
