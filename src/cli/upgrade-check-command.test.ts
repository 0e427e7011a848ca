import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { helmTemplate, testTmpDir } from "../../test/helm";
import { runCli } from "./main";

function cli(args: string[], stdin = "") {
  let stdout = "";
  let stderr = "";
  const code = runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => stdin });
  return { code, stdout, stderr };
}

const dir = testTmpDir("cli-upgrade-");
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const STATEFUL = "engine:\n  kind: StatefulSet\n  statefulSet:\n    persistentVolumeClaim:\n      enabled: true\n      resources:\n        requests:\n          storage: 50Gi\n";
let deployed = "";
beforeAll(async () => {
  const helm = await helmTemplate(4, STATEFUL, { releaseName: "dagger", namespace: "build" });
  expect(helm.ok, helm.stderr).toBe(true);
  deployed = file("deployed.yaml", helm.stdout);
});

describe("dagger-helm upgrade-check", () => {
  it("exits 2 on a refused change and names the field, the value and the commands", () => {
    const values = file("bigger.yaml", STATEFUL.replace("50Gi", "200Gi"));
    const out = cli(["upgrade-check", "--deployed", deployed, "-f", values]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain('Upgrade check: release "dagger" (namespace build), from the deployed manifest');
    expect(out.stdout).toContain("REFUSED: StatefulSet dagger-dagger-helm-engine\n    field: spec.volumeClaimTemplates[0].spec.resources.requests.storage: 50Gi → 200Gi\n");
    expect(out.stdout).toContain("    value: engine.statefulSet.persistentVolumeClaim.resources.requests.storage\n");
    expect(out.stdout).toContain("kubectl delete statefulset dagger-dagger-helm-engine --namespace build --cascade=orphan");
    expect(out.stdout).toContain(`helm upgrade dagger ./chart/dagger-helm --namespace build -f ${values}`);
  });

  it("exits 0 when only the pods restart, and 3 when the workload is replaced", () => {
    const restart = cli(["upgrade-check", "--deployed", deployed, "-f", "-"], `${STATEFUL}  args: [--debug]\n`);
    expect(restart.code).toBe(0);
    expect(restart.stdout).toContain("RESTART: StatefulSet dagger-dagger-helm-engine");
    expect(cli(["upgrade-check", "--deployed", deployed, "-f", "-"], "engine:\n  kind: DaemonSet\n").code).toBe(3);
  });

  it("prints JSON for machines, with the verdicts' fields and values", () => {
    const out = cli(["upgrade-check", "--deployed", deployed, "-f", "-", "--json", "--chart", "oci://example.com/charts/dagger-helm"], STATEFUL.replace("50Gi", "100Gi"));
    const json = JSON.parse(out.stdout) as { exitCode: number; verdicts: { severity: string; valuesPath: string; wayThrough: { steps: { command: string }[] } }[] };
    expect(json.exitCode).toBe(2);
    expect(json.verdicts[0]).toMatchObject({ severity: "refused", valuesPath: "engine.statefulSet.persistentVolumeClaim.resources.requests.storage" });
    expect(json.verdicts[0]?.wayThrough.steps.at(-1)?.command).toBe("helm upgrade dagger oci://example.com/charts/dagger-helm --namespace build -f values.yaml");
  });

  it("reads deployed values (helm get values) from standard input, for the chart --from names", () => {
    // These keys fit dagger's chart 0.17 and later too: without --from the check would take the newest of those.
    const out = cli(["upgrade-check", "--deployed", "-", "-f", file("same.yaml", STATEFUL), "-r", "dagger", "-n", "build", "--from", "this"], `USER-SUPPLIED VALUES:\n${STATEFUL}`);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("from the deployed values rendered with dagger-helm");
    expect(out.stdout).toContain("The values are the same as the deployed ones.");
  });

  it("exits 1 on bad input, naming the file and line, or what is missing", () => {
    const broken = cli(["upgrade-check", "--deployed", file("broken.yaml", "engine:\n  kind: [\n"), "-f", "-"], "");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^error: .*broken\.yaml:3:1: /);
    expect(cli(["upgrade-check", "-f", "-"]).stderr).toContain("upgrade-check needs --deployed <file>");
    expect(cli(["upgrade-check", "--deployed", deployed]).stderr).toContain("upgrade-check needs the values to upgrade to: -f values.yaml");
    expect(cli(["upgrade-check", "--deployed", "-", "-f", "-"]).stderr).toContain("only one of --deployed and -f can read standard input");
    expect(cli(["upgrade-check", "--deployed", join(dir, "missing.yaml"), "-f", "-"]).stderr).toContain("missing.yaml: cannot read the deployed release: no such file");
    const refused = cli(["upgrade-check", "--deployed", deployed, "-f", "-"], "engine:\n  kinds: DaemonSet\n");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("values refused by the chart (<stdin>):\n  - engine.kinds: unknown key");
    const otherRelease = cli(["upgrade-check", "--deployed", deployed, "-f", "-", "--release", "ci"], "");
    expect(otherRelease.stderr).toContain('the deployed manifest belongs to release "dagger", not "ci"');
  });
});
