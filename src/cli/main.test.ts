import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { helmTemplate, helmTemplateFile, testTmpDir } from "../../test/helm";
import { runCli } from "./main";

function cli(args: string[], stdin = "") {
  let stdout = "";
  let stderr = "";
  const code = runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => stdin });
  return { code, stdout, stderr };
}

const dir = testTmpDir("cli-");
function file(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("the CLI", () => {
  it("prints what helm template prints, Source lines included", async () => {
    const values = file("sts.yaml", "engine:\n  kind: StatefulSet\n  labels:\n    tier: 'yes'\n");
    const ours = cli(["render", "-f", values, "--release", "ci", "-n", "build"]);
    expect(ours.code).toBe(0);
    const helm = await helmTemplate(3, { engine: { kind: "StatefulSet", labels: { tier: "yes" } } }, { releaseName: "ci", namespace: "build" });
    const sources = (text: string) => text.match(/^# Source: .*$/gm);
    expect(sources(ours.stdout)).toEqual(sources(helm.stdout));
    expect(ours.stdout).toContain('tier: "yes"');
  });

  it("lets later files win and reads - from stdin", () => {
    const base = file("base.yaml", "engine:\n  kind: StatefulSet\n  args: [--a]\n");
    const out = cli(["values", "-f", base, "-f", "-"], "engine:\n  args: [--b]\n");
    expect(out.stdout).toBe("engine:\n  kind: StatefulSet\n  args:\n    - --b\n");
  });

  it("names the file and line of broken YAML", () => {
    const broken = file("broken.yaml", "engine:\n  kind: [\n");
    const out = cli(["values", "-f", broken]);
    expect(out.code).toBe(1);
    // Where the unclosed [ opens, not where the parser gave up (the end of the file).
    expect(out.stderr).toMatch(/broken\.yaml:2:9: the list opened with \[ here is not closed/);
  });

  it("names the file, line and column of a duplicated key", () => {
    const twice = file("twice.yaml", "engine:\n  labels:\n    tier: a\n    tier: b\n");
    const out = cli(["render", "-f", twice]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("twice.yaml:4:5: Map keys must be unique");
  });

  it("names the key the schema refuses, with a suggestion for a typo", () => {
    const out = cli(["render", "-f", "-"], "engine:\n  kinds: StatefulSet\n");
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("engine.kinds: unknown key");
    expect(out.stderr).toContain("Did you mean engine.kind?");
  });

  it("says which file it cannot read", () => {
    const out = cli(["values", "-f", join(dir, "missing.yaml")]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("missing.yaml: cannot read the values file: no such file");
  });

  it("explains its usage on a wrong command", () => {
    expect(cli(["draw"]).code).toBe(2);
    expect(cli(["--help"]).stdout).toContain("Usage:");
  });

  it("writes the default namespace for an empty one, as helm template does", async () => {
    const values = file("plain.yaml", "engine:\n  kind: DaemonSet\n");
    const ours = cli(["render", "-f", values, "--namespace", ""]);
    expect(ours.code).toBe(0);
    expect(ours.stdout).toMatch(/^ {2}namespace: default$/m);
    expect(ours.stdout).not.toContain('namespace: ""');
    const helm = await helmTemplate(4, { engine: { kind: "DaemonSet" } }, { releaseName: "release-name", namespace: "" });
    expect(helm.stdout).toContain('namespace: "default"');
  });

  it("reads the files Helm 4 reads: UTF-16 big-endian with a final line break, not little-endian", async () => {
    const text = "engine:\n  kind: StatefulSet\n";
    const le = Buffer.from(`\ufeff${text}`, "utf16le");
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
    const bigEndian = cli(["render", "-f", file("be.yaml", be)]);
    expect(bigEndian.code).toBe(0);
    expect(bigEndian.stdout).toContain("kind: StatefulSet");
    const littleEndian = cli(["render", "-f", file("le.yaml", le)]);
    expect(littleEndian.code).toBe(1);
    expect(littleEndian.stderr).toContain("le.yaml: it is UTF-16 (little-endian), which Helm 4 cannot read");
    const helm = await helmTemplateFile(4, le, { releaseName: "r", namespace: "default" });
    expect(helm.ok).toBe(false);
    expect(helm.stderr).toContain("incomplete UTF-16 character");
    expect(cli(["render", "-f", file("latin1.yaml", Buffer.from("a: caf\xe9\n", "latin1"))]).stderr).toContain("not UTF-8 text");
  });

  it("reads a UTF-16 file Helm 4 reads one byte over as it does, and says where", () => {
    const le = Buffer.from("\ufeffengine:\n  annotations:\n    note: \u0d08\n    other: x\n", "utf16le");
    const out = cli(["values", "-f", file("shifted.yaml", le)]);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain("note: ");
    expect(out.stderr).toContain("shifted.yaml: Helm 4 reads this UTF-16 (little-endian) file with a byte taken out at line 3, byte 69");
    expect(out.stdout).not.toContain("other: x");
  });

  it("reads several documents as Helm 4 does, and says what Helm 3 does instead", () => {
    const out = cli(["values", "-f", file("two.yaml", "engine:\n  kind: StatefulSet\n---\nengine:\n  args: [--x]\n")]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe("engine:\n  kind: StatefulSet\n  args:\n    - --x\n");
    expect(out.stderr).toContain("note: ");
    expect(out.stderr).toContain("Helm 3 reads only the first");
  });
});

