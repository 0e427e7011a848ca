import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { helmTemplate, parseManifests, testTmpDir } from "../../test/helm";
import { upgradeFindings } from "../upgrade/immutable-fields";
import { renderUpstream } from "../migrate/upstream/upstream-render";
import { parseYaml11 } from "../yaml/yaml11";
import { runCli } from "./main";

function cli(args: string[], stdin = "") {
  let stdout = "";
  let stderr = "";
  const code = runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => stdin });
  return { code, stdout, stderr };
}

const dir = testTmpDir("cli-migrate-");
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("dagger-helm migrate", () => {
  it("prints values Helm renders into an in-place upgrade of what the fork deployed, and the report on stderr", async () => {
    const text = "# runner engines\nengine:\n  kind: StatefulSet # one per agent\n";
    const out = cli(["migrate", "--from", "fork@0.4.1", "-f", file("fork.yaml", text), "-r", "runner", "-n", "kubiya"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("# runner engines\nengine:\n  kind: StatefulSet # one per agent\n");
    expect(out.stderr).toContain("helm upgrade goes through in place");
    const helm = await helmTemplate(4, out.stdout, { releaseName: "runner", namespace: "kubiya" });
    expect(helm.ok, helm.stderr).toBe(true);
    const deployed = renderUpstream({ chart: "fork", version: "0.4.1" }, parseYaml11(text) as Record<string, unknown>, { releaseName: "runner", namespace: "kubiya" });
    expect(upgradeFindings(deployed, parseManifests(helm.stdout).map((m) => m.object))).toEqual([]);
  });

  it("reads standard input and accepts a leading v in the version", () => {
    const out = cli(["migrate", "--from", "vendor@v0.20.6", "-f", "-"], "engine:\n  kind: DaemonSet\n");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("ref: registry.dagger.io/engine:v0.20.6");
  });

  it("exits 3 and says why when the workload is replaced rather than upgraded in place", () => {
    const out = cli(["migrate", "--from", "vendor@0.21.8", "-f", "-", "-r", "build-cluster-runners-for-the-platform-team"], "engine:\n  kind: StatefulSet\n");
    expect(out.code).toBe(3);
    expect(out.stderr).toContain("helm upgrade goes through, but not in place:");
    expect(out.stderr).toMatch(/The StatefulSet build-cluster-runners-for-the-platform-team-dagger-helm-engine is not in the new render/);
  });

  it("lists the known versions for an unknown one", () => {
    const out = cli(["migrate", "--from", "vendor@0.22.0", "-f", "-"], "");
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^error: vendor@0\.22\.0: no such release of dagger's chart .*; known versions: 0\.1\.0, .*, 0\.21\.8, 1\.0\.0-beta\.1, .*1\.0\.0-beta\.11\n$/);
    expect(cli(["migrate", "--from", "fork@0.5.0", "-f", "-"]).stderr).toContain("known versions: 0.2.0, 0.2.1, 0.2.2, 0.3.0, 0.3.1, 0.4.0, 0.4.1");
    expect(cli(["migrate", "--from", "0.20.6", "-f", "-"]).stderr).toContain('"0.20.6" is not <chart>@<version>');
  });

  it("names the file and line of broken YAML, and asks for --from and one file", () => {
    const broken = cli(["migrate", "--from", "vendor@0.20.6", "-f", file("broken.yaml", "engine:\n  kind: [\n")]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^error: .*broken\.yaml:2:9: the list opened with \[ here is not closed/);
    expect(cli(["migrate", "-f", "-"]).stderr).toContain("migrate needs --from vendor@<version>");
    expect(cli(["migrate", "--from", "fork@0.4.1"]).stderr).toContain("exactly one values file");
  });

  it("says when our chart refuses what the upstream took", () => {
    const out = cli(["migrate", "--from", "vendor@0.20.6", "-f", "-"], "engine:\n  labels:\n    team: '~'\n");
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("values refused by the chart (<stdin>):\n  - engine.labels.team: must be a label value");
  });
});
