// A user tightens the engine's security settings, gives it its own service account with a Role,
// and finds each choice in the manifests.
import { expect, openWizard, test } from "./fixtures";
import { downloadedManifests, goToStep } from "./helpers";

type TObject = Record<string, unknown> & { kind: string; metadata: { name: string }; spec?: Record<string, unknown> };

test("security settings reach the manifests, and the Pod Security level follows them", async ({ page }) => {
  await openWizard(page);
  await goToStep(page, "Security");
  const level = page.getByTestId("pod-security-level");
  await expect(level).toHaveText("privileged");
  await expect(page.getByText("pod-security.kubernetes.io/enforce: privileged")).toBeVisible();
  await expect(page.getByText("Why the engine runs privileged")).toBeVisible();

  // The engine container: not privileged, SYS_ADMIN instead of ALL, no privilege escalation.
  await page.getByRole("radiogroup", { name: "Privileged" }).getByText("false", { exact: true }).click();
  const add = page.getByRole("combobox", { name: "Add capabilities" });
  await add.click();
  await page.keyboard.press("Backspace");
  await add.fill("SYS_ADMIN");
  await add.press("Enter");
  const drop = page.getByRole("combobox", { name: "Drop capabilities" });
  await drop.fill("NET_RAW");
  await drop.press("Enter");
  await page.getByRole("radiogroup", { name: "Allow privilege escalation" }).getByText("false", { exact: true }).click();
  await expect(page.getByText("a container adds SYS_ADMIN")).toBeVisible();

  // The pod: a group, and no fsGroup.
  await page.getByLabel("Run as group").fill("2000");
  await page.getByLabel("Volume group (fsGroup)").fill("");

  // Its own service account, with a Role bound to it.
  await page.getByRole("radio", { name: "Create one for the engine" }).check();
  await page.getByLabel("Service account name").fill("dagger-engine");
  await page.getByLabel("Create a Role").check();
  await expect(page.getByRole("alert").filter({ hasText: "grants every verb" })).toBeVisible();
  const verbs = page.getByRole("combobox", { name: "Verbs (rule 1)" });
  await verbs.click();
  await page.keyboard.press("Backspace");
  for (const verb of ["get", "list"]) {
    await verbs.fill(verb);
    await verbs.press("Enter");
  }
  await expect(page.getByRole("alert").filter({ hasText: "grants every verb" })).toHaveCount(0);
  await page.getByLabel("Bind the Role to the engine's service account").check();
  await expect(page.getByRole("alert").filter({ hasText: '"default" service account' })).toHaveCount(0);

  const manifests = (await downloadedManifests(page)) as TObject[];
  const daemonSet = manifests.find((m) => m.kind === "DaemonSet") as unknown as { spec: { template: { spec: Record<string, unknown> & { containers: Record<string, unknown>[] } } } };
  const pod = daemonSet.spec.template.spec;
  expect(pod.serviceAccountName).toBe("dagger-engine");
  expect(pod.securityContext).toEqual({ runAsNonRoot: false, runAsUser: 0, runAsGroup: 2000, fsGroupChangePolicy: "OnRootMismatch" });
  expect(pod.containers[0].securityContext).toEqual({
    privileged: false,
    capabilities: { add: ["SYS_ADMIN"], drop: ["NET_RAW"] },
    readOnlyRootFilesystem: false,
    allowPrivilegeEscalation: false,
  });
  const account = manifests.find((m) => m.kind === "ServiceAccount");
  expect(account?.metadata.name).toBe("dagger-engine");
  const role = manifests.find((m) => m.kind === "Role") as TObject & { rules: unknown[] };
  expect(role.rules).toEqual([{ apiGroups: [""], resources: ["*"], verbs: ["get", "list"] }]);
  const binding = manifests.find((m) => m.kind === "RoleBinding") as TObject & { subjects: { name: string }[]; roleRef: { name: string } };
  expect(binding.subjects.map((subject) => subject.name)).toEqual(["dagger-engine"]);
  expect(binding.roleRef.name).toBe(role.metadata.name);

  // Host paths still need the privileged level; without them and with the capabilities dropped, baseline is enough.
  await expect(level).toHaveText("privileged");
});
