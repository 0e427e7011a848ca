// A platform engineer runs the engines as a StatefulSet with a TCP port and a GC limit, then opens
// Connect to wire up CI: copies and downloads the kube-pod job script and the client RBAC, and the
// runner side of the socket. Every text is checked against the manifests the wizard exports: the
// workload, container and namespace in the runner host, the Service's name and port, the socket
// where the engine listens and the host path that holds it. The RBAC and the pod fragment
// validate as Kubernetes objects.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { Pod } from "kubernetes-models/v1";
import { parse as parseToml } from "smol-toml";
import { parse, parseAllDocuments } from "yaml";
import { validateKubernetesObject } from "../test/kubernetes-schema";
import { expect, openWizard, test } from "./fixtures";
import { axe, clipboardText, downloadedManifests, goToStep, pressAndConfirm } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const NAMESPACE = "ci-builds";
const GC = '{"gc": {"maxUsedSpace": "20GB"}}';

type Container = { name: string; image: string; args?: string[]; volumeMounts: { name: string; mountPath: string }[] };
type Workload = { kind: string; metadata: { name: string }; spec: { template: { spec: { containers: Container[]; volumes: { name: string; hostPath?: { path: string } }[] } } } };
type Service = { kind: string; metadata: { name: string }; spec: { ports: { port: number }[]; sessionAffinity?: string } };

/** Sets up the engine as the journey needs it: a StatefulSet with a TCP port, a GC limit in engine.json. */
async function statefulSetWithPortAndGc(page: Page): Promise<void> {
  await openWizard(page);
  await page.getByRole("textbox", { name: "Namespace" }).fill(NAMESPACE);
  await goToStep(page, "Deployment");
  await page.getByRole("radio", { name: "StatefulSet" }).click();
  await expect(page.getByRole("radio", { name: "StatefulSet" })).toHaveAttribute("aria-checked", "true");
  await goToStep(page, "Engine");
  await page.getByRole("textbox", { name: "TCP port" }).fill("1234");
  await expect(page.locator("#field-engine\\.configJson .monaco-editor")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("textbox", { name: "engine.json" }).focus();
  // One input event, as a paste is: typed key by key, Monaco would close the braces itself.
  await page.keyboard.insertText(GC);
  await goToStep(page, "Connect");
}

/** Presses a download button of the Connect step; returns the file's name and text. */
async function downloadFrom(page: Page, fileName: string): Promise<string> {
  const started = page.waitForEvent("download");
  await page.getByRole("button", { name: `Download ${fileName}` }).click();
  const file = await started;
  expect(file.suggestedFilename()).toBe(fileName);
  return readFile(await file.path(), "utf8");
}

/** Presses a copy button of the Connect step and returns what reached the clipboard. */
async function copyFrom(page: Page, button: string, confirmation: string): Promise<string> {
  await pressAndConfirm(page, page.getByRole("button", { name: button }), confirmation);
  return clipboardText(page);
}

test("Connect: the kube-pod script, the client RBAC and the socket's runner side match the manifests", async ({ page }) => {
  // Four steps, Monaco, three copies and five downloads: on a busy machine this takes longer than one journey's 60 s.
  test.slow();
  await statefulSetWithPortAndGc(page);
  await page.getByRole("textbox", { name: "Service account of the CI jobs" }).fill("gitlab-runner");
  await page.getByRole("textbox", { name: "Its namespace" }).fill("gitlab");

  const script = await copyFrom(page, "Copy dagger-kube-pod.sh", "dagger-kube-pod.sh copied");
  const rbacText = await copyFrom(page, "Copy dagger-client-rbac.yaml", "dagger-client-rbac.yaml copied");
  expect(await downloadFrom(page, "dagger-kube-pod.sh")).toBe(script);
  expect(await downloadFrom(page, "dagger-client-rbac.yaml")).toBe(rbacText);
  const tcpHost = await copyFrom(page, "Copy the tcp runner host", "tcp runner host copied");
  const arc = parse(await downloadFrom(page, "arc-runner-values.yaml"), { version: "1.1" }) as { template: { spec: { containers: (Container & { env: { name: string; value: string }[] })[]; volumes: Workload["spec"]["template"]["spec"]["volumes"] } } };
  const gitlab = parseToml(await downloadFrom(page, "config.toml")) as { runners: { environment: string[]; kubernetes: { volumes: { host_path: { mount_path: string; host_path: string }[] } } }[] };

  // The TCP way's fields are chart values: they reach the manifests.
  await page.getByRole("switch", { name: "NetworkPolicy: admit only labelled client pods" }).check();
  await page.getByRole("combobox", { name: "Session affinity" }).selectOption("ClientIP");
  await expect(page.getByRole("button", { name: "Copy client-labels.yaml" })).toBeVisible();
  const manifests = await downloadedManifests(page);

  const statefulSet = manifests.find((document) => document.kind === "StatefulSet") as Workload;
  expect(manifests.some((document) => document.kind === "DaemonSet")).toBe(false);
  const engine = statefulSet.spec.template.spec.containers.find((container) => container.name === "dagger-engine") as Container;
  const version = /:v(\d+\.\d+\.\d+)$/.exec(engine.image)?.[1];
  expect(version).toBeTruthy();
  const configMap = manifests.find((document) => document.kind === "ConfigMap") as { data: Record<string, string> };
  expect(JSON.parse(configMap.data["engine.json"] ?? "{}")).toEqual(JSON.parse(GC));

  // kube-pod: the StatefulSet's first pod, its engine container, the release's namespace; the engine's CLI.
  expect(script).toContain(`export _EXPERIMENTAL_DAGGER_RUNNER_HOST="kube-pod://${statefulSet.metadata.name}-0?namespace=${NAMESPACE}&container=${engine.name}"`);
  expect(script).toContain(`DAGGER_VERSION=${version} `);

  // The RBAC: valid objects, in the engine's namespace, exec into the StatefulSet's pod only, bound to the named account.
  const rbac = parseAllDocuments(rbacText, { version: "1.1", uniqueKeys: true }).map((document) => {
    expect(document.errors).toEqual([]);
    return document.toJS() as { kind: string; metadata: { name: string; namespace: string }; rules?: { resources: string[]; verbs: string[]; resourceNames?: string[] }[]; roleRef?: { name: string }; subjects?: unknown[] };
  });
  for (const object of rbac) validateKubernetesObject(object as never);
  const [role, binding] = rbac;
  expect(rbac.map((object) => object.kind)).toEqual(["Role", "RoleBinding"]);
  expect(role?.metadata.namespace).toBe(NAMESPACE);
  expect(role?.rules).toContainEqual({ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"], resourceNames: [`${statefulSet.metadata.name}-0`] });
  expect(role?.rules).toContainEqual({ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] });
  expect(binding?.metadata.namespace).toBe(NAMESPACE);
  expect(binding?.roleRef?.name).toBe(role?.metadata.name);
  expect(binding?.subjects).toEqual([{ kind: "ServiceAccount", name: "gitlab-runner", namespace: "gitlab" }]);

  // TCP: the rendered Service's name and port, and the fields' values.
  const service = manifests.find((document) => document.kind === "Service" && (document as Service).spec.ports.some((port) => port.port === 1234)) as Service;
  expect(tcpHost).toBe(`tcp://${service.metadata.name}.${NAMESPACE}.svc.cluster.local:1234`);
  expect(service.spec.sessionAffinity).toBe("ClientIP");
  expect(manifests.map((document) => document.kind)).toContain("NetworkPolicy");

  // The socket: where the engine listens (--addr), inside its run mount, whose host path the runners mount.
  const runMount = engine.volumeMounts.find((mount) => mount.name === "run");
  const runVolume = statefulSet.spec.template.spec.volumes.find((volume) => volume.name === "run");
  const socketUrl = `unix://${runMount?.mountPath}/engine.sock`;
  const addresses = (engine.args ?? []).filter((_, index, args) => args[index - 1] === "--addr");
  expect(addresses).toContain(socketUrl);
  const runner = arc.template.spec.containers[0] as Container & { env: { name: string; value: string }[] };
  new Pod({ apiVersion: "v1", kind: "Pod", metadata: { name: "runner" }, spec: arc.template.spec } as never).validate();
  expect(runner.env).toContainEqual({ name: "_EXPERIMENTAL_DAGGER_RUNNER_HOST", value: socketUrl });
  expect(runner.volumeMounts[0]?.mountPath).toBe(runMount?.mountPath);
  expect(arc.template.spec.volumes[0]?.hostPath?.path).toBe(runVolume?.hostPath?.path);
  const gitlabRunner = gitlab.runners[0];
  expect(gitlabRunner?.environment).toEqual([`_EXPERIMENTAL_DAGGER_RUNNER_HOST=${socketUrl}`]);
  expect(gitlabRunner?.kubernetes.volumes.host_path[0]).toMatchObject({ mount_path: runMount?.mountPath, host_path: runVolume?.hostPath?.path });
});

test("the service account survives a reload; a bad one is refused at its field", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Connect");
  const account = page.getByRole("textbox", { name: "Service account of the CI jobs" });
  await account.fill("Runner_1");
  await expect(page.getByText('The service account name "Runner_1" is not valid in Kubernetes')).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy dagger-client-rbac.yaml" })).toHaveCount(0);
  // Typed key by key: the RBAC appears at the first valid letter, and the field keeps the focus.
  await account.clear();
  await account.pressSequentially("runner");
  await expect(account).toHaveValue("runner");
  await expect(account).toBeFocused();
  await expect(page.getByRole("button", { name: "Copy dagger-client-rbac.yaml" })).toBeVisible();
  await page.reload();
  await goToStep(page, "Connect");
  await expect(page.getByRole("textbox", { name: "Service account of the CI jobs" })).toHaveValue("runner");
  // A DaemonSet without a port: the pod on the job's node, the socket, and why there is no TCP.
  await expect(page.getByText("--field-selector spec.nodeName=$NODE_NAME").first()).toBeVisible();
  await expect(page.getByText("engine.port is not set")).toBeVisible();

  // Values Helm refuses: no snippets naming objects that would never be installed.
  await goToStep(page, "Release");
  await page.getByRole("textbox", { name: "Release name" }).fill("Bad_Name");
  await goToStep(page, "Connect");
  await expect(page.getByRole("alert").filter({ hasText: "Fix the values first" })).toContainText('"Bad_Name"');
  await expect(page.getByRole("button", { name: "Copy dagger-kube-pod.sh" })).toHaveCount(0);
});

test("the Connect step as a user sees it", async ({ page }, testInfo) => {
  // Monaco, an axe run and six screenshots: longer than one journey's 60 s on a busy machine.
  test.slow();
  await statefulSetWithPortAndGc(page);
  await page.getByRole("textbox", { name: "Service account of the CI jobs" }).fill("gitlab-runner");
  await expect(page.getByRole("button", { name: "Copy dagger-client-rbac.yaml" })).toBeVisible();
  await page.getByRole("heading", { level: 2, name: "Connect" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e/screenshots/connect-1440.png", animations: "disabled" });
  // The step's own markup (its form is the step body's fieldset) passes axe's WCAG A and AA rules.
  // Colour contrast is the theme's (dimmed text and field descriptions everywhere), not this step's.
  const found = await (await axe(page)).include("main fieldset").withTags(["wcag2a", "wcag2aa"]).disableRules(["color-contrast"]).analyze();
  expect(found.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  // The rest of the step, and the narrow and dark looks, are for checking by eye, kept with the test's results.
  for (const [title, file] of [["Unix socket on the node (unix://)", "connect-1440-unix.png"], ["TCP through the Service (tcp://)", "connect-1440-tcp.png"]]) {
    await page.getByRole("heading", { level: 3, name: title }).evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: testInfo.outputPath(file), animations: "disabled" });
  }
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await page.screenshot({ path: testInfo.outputPath("connect-1440-dark.png"), animations: "disabled", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("heading", { level: 2, name: "Connect" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("connect-390-dark.png"), animations: "disabled" });
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await page.getByRole("button", { name: "Copy dagger-client-rbac.yaml" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("connect-390.png"), animations: "disabled" });
});
