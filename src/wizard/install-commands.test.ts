// The install commands: the namespace prepared for privileged pods (or a note when it exists),
// Helm from the site's chart repository or the user's OCI registry, every word quoted so that a
// shell passes it through unchanged. The commands run here in bash, against stand-ins for kubectl
// and helm that record what they were given.
import { execFileSync } from "node:child_process";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTmpDir } from "../../test/helm";
import { CHART } from "../chart/chart-meta";
import { installCommands, registryProblem, type InstallOptions } from "./install-commands";

const CHARTS = "https://tools.example.com/dagger/charts";
const options = (change: Partial<InstallOptions> = {}): InstallOptions => ({
  release: { name: "dagger", namespace: "builds" },
  chartsUrl: CHARTS,
  podSecurity: "privileged",
  namespaceExists: false,
  ...change,
});

/** Runs the commands in bash with kubectl and helm replaced by scripts that print their words, one per line. */
function runInBash(commands: string[]): string[][] {
  const bin = testTmpDir("fake-bin-");
  for (const tool of ["kubectl", "helm"]) {
    const script = join(bin, tool);
    // Reads its input first: in a pipe, the reader records only after the writer has ended.
    writeFileSync(script, `#!/bin/sh\ncat >/dev/null\n{ printf '%s' ${tool}; for word in "$@"; do printf '\\t%s' "$word"; done; printf '\\n'; } >> "${join(bin, "calls")}"\n`);
    chmodSync(script, 0o755);
  }
  execFileSync("bash", ["-e", "-c", commands.join("\n")], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, input: "" });
  return execFileSync("cat", [join(bin, "calls")], { encoding: "utf8" }).trim().split("\n").map((line) => line.split("\t"));
}

describe("installCommands", () => {
  it("creates and labels the namespace for privileged pods, then installs from the site's repository", () => {
    const { commands, notes } = installCommands(options());
    expect(commands).toEqual([
      "kubectl create namespace builds --dry-run=client -o yaml | kubectl apply -f -",
      "kubectl label namespace builds pod-security.kubernetes.io/enforce=privileged --overwrite",
      `helm upgrade --install dagger dagger-helm --repo ${CHARTS} --version ${CHART.version} -n builds -f values.yaml`,
    ]);
    expect(notes).toEqual([]);
    expect(runInBash(commands)).toEqual([
      ["kubectl", "create", "namespace", "builds", "--dry-run=client", "-o", "yaml"],
      ["kubectl", "apply", "-f", "-"],
      ["kubectl", "label", "namespace", "builds", "pod-security.kubernetes.io/enforce=privileged", "--overwrite"],
      ["helm", "upgrade", "--install", "dagger", "dagger-helm", "--repo", CHARTS, "--version", CHART.version, "-n", "builds", "-f", "values.yaml"],
    ]);
  });

  it("only notes what an existing namespace needs, and creates none", () => {
    const { commands, notes } = installCommands(options({ namespaceExists: true }));
    expect(commands).toEqual([`helm upgrade --install dagger dagger-helm --repo ${CHARTS} --version ${CHART.version} -n builds -f values.yaml`]);
    expect(notes.join(" ")).toMatch(/namespace builds exists already: it must allow privileged pods \(label pod-security.kubernetes.io\/enforce=privileged\)/);
  });

  it("lets Helm create the namespace when the pods need no privileges", () => {
    for (const podSecurity of ["baseline", "restricted"] as const) {
      expect(installCommands(options({ podSecurity })).commands).toEqual([
        `helm upgrade --install dagger dagger-helm --repo ${CHARTS} --version ${CHART.version} -n builds --create-namespace -f values.yaml`,
      ]);
    }
  });

  it("copies the chart to an OCI registry and installs from there", () => {
    const { commands, notes } = installCommands(options({ ociRegistry: " oci://ghcr.io/acme/charts/ " }));
    expect(commands.slice(2)).toEqual([
      `helm pull dagger-helm --repo ${CHARTS} --version ${CHART.version}`,
      `helm push dagger-helm-${CHART.version}.tgz oci://ghcr.io/acme/charts`,
      `helm upgrade --install dagger oci://ghcr.io/acme/charts/dagger-helm --version ${CHART.version} -n builds -f values.yaml`,
    ]);
    expect(notes.join(" ")).toContain("helm package chart/dagger-helm");
    expect(notes.join(" ")).toContain("helm registry login ghcr.io");
  });

  it("quotes what a shell would read otherwise", () => {
    const release = { name: "it's mine", namespace: "a b" };
    const chartsUrl = "https://example.com/my tools/charts";
    const calls = runInBash(installCommands(options({ release, chartsUrl })).commands);
    expect(calls[0]).toEqual(["kubectl", "create", "namespace", "a b", "--dry-run=client", "-o", "yaml"]);
    expect(calls[3]).toEqual(["helm", "upgrade", "--install", "it's mine", "dagger-helm", "--repo", chartsUrl, "--version", CHART.version, "-n", "a b", "-f", "values.yaml"]);
  });
});

describe("registryProblem", () => {
  it.each(["", "ghcr.io/acme/charts", "oci://ghcr.io/acme/charts", "registry.example.com:5000/helm", "localhost:5000"])("accepts %j", (registry) => {
    expect(registryProblem(registry)).toBeUndefined();
  });

  it.each([
    ["https://ghcr.io/acme", /host\/path/],
    ["ghcr.io/Acme/charts", /lowercase path segments/],
    ["ghcr.io/acme charts", /lowercase path segments/],
    ["ghcr.io/acme/dagger-helm", /Leave \/dagger-helm out/],
  ])("refuses %j, saying why", (registry, message) => {
    expect(registryProblem(registry)).toMatch(message);
  });
});
