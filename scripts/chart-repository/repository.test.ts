// The built site is a Helm chart repository: served under a path prefix by a plain web server,
// real Helm 3 and 4 add it, find and pull the chart, and install from it with --repo; the pulled
// chart renders what the chart's folder renders.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ciScenarios } from "../../test/ci-values";
import { CHART_DIR, helm, HELM_MAJORS, parseManifests, testTmpDir, valuesFile, type HelmMajor } from "../../test/helm";
import { serveFolder, type StaticServer } from "../../test/static-server";
import { parseYaml11 } from "../../src/yaml/yaml11";
import { buildTime, chartRepository, writeChartRepository } from "./build-repository";
import { sha256 } from "./repository-index";

const repository = chartRepository(CHART_DIR, buildTime());
const { version, appVersion } = repository.chart.metadata;
const site = testTmpDir("site-");
writeChartRepository(site, repository);
let server: StaticServer;
let chartsUrl: string;

beforeAll(async () => {
  server = await serveFolder(site, "/tools/dagger/wizard");
  chartsUrl = `${server.url}/charts`;
});
afterAll(() => server.close());

/** Helm with its own repository list and caches, as on a user's machine. */
function helmOnMachine(major: HelmMajor) {
  const home = testTmpDir(`helm${major}-home-`);
  const env = {
    HELM_REPOSITORY_CONFIG: join(home, "repositories.yaml"),
    HELM_REPOSITORY_CACHE: join(home, "cache", "repository"),
    HELM_CACHE_HOME: join(home, "cache"),
    HELM_CONFIG_HOME: join(home, "config"),
    HELM_DATA_HOME: join(home, "data"),
  };
  return async (args: string[]) => {
    const result = await helm(major, args, { env, cwd: home });
    expect(result.ok, `helm ${args.join(" ")}\n${result.stderr}`).toBe(true);
    return result.stdout;
  };
}

const scenarios = [
  { name: "the defaults", values: {} },
  ...ciScenarios()
    .filter(({ name }) => ["statefulset-pvc-values.yaml", "magicache-token-values.yaml", "strings-yaml11-values.yaml"].includes(name))
    .map(({ name, values }) => ({ name, values })),
];

describe("index.yaml", () => {
  it("lists the chart with its digest, a relative URL and Chart.yaml's versions", () => {
    const index = parseYaml11(repository.files.get("charts/index.yaml")!.toString("utf8")) as {
      apiVersion: string;
      entries: Record<string, Record<string, unknown>[]>;
    };
    const chartYaml = parseYaml11(readFileSync(join(CHART_DIR, "Chart.yaml"), "utf8")) as Record<string, unknown>;
    expect(index.apiVersion).toBe("v1");
    expect(index.entries["dagger-helm"]).toEqual([
      { ...chartYaml, created: "1980-01-01T00:00:00Z", digest: sha256(repository.chart.bytes), urls: [`dagger-helm-${version}.tgz`] },
    ]);
  });
});

describe.each(HELM_MAJORS)("the served repository with Helm %i", (major) => {
  it("is added, searched and pulled under a path prefix; the pulled file is the served one", async () => {
    const run = helmOnMachine(major);
    await run(["repo", "add", "dagger-site", chartsUrl]);
    const found = JSON.parse(await run(["search", "repo", "dagger-site/dagger-helm", "-o", "json"])) as Record<string, string>[];
    expect(found).toEqual([expect.objectContaining({ name: "dagger-site/dagger-helm", version, app_version: appVersion })]);
    const pulled = testTmpDir("pulled-");
    await run(["pull", "dagger-site/dagger-helm", "--version", version, "-d", pulled]);
    expect(readFileSync(join(pulled, repository.chart.fileName)).equals(repository.chart.bytes)).toBe(true);
    expect(server.requests).toContain(`/tools/dagger/wizard/charts/${repository.chart.fileName}`);
  });

  it.each(scenarios)("renders $name with --repo exactly as the chart's folder renders it", async ({ values }) => {
    const run = helmOnMachine(major);
    const file = valuesFile(values);
    const local = await run(["template", "ci", CHART_DIR, "-n", "builds", "-f", file]);
    const remote = await run(["template", "ci", "dagger-helm", "--repo", chartsUrl, "--version", version, "-n", "builds", "-f", file]);
    expect(parseManifests(remote).length).toBeGreaterThan(0);
    expect(parseManifests(remote)).toEqual(parseManifests(local));
  });

  it("refuses the repository at another path, so the prefix is really used", async () => {
    const result = await helm(major, ["template", "ci", "dagger-helm", "--repo", `${chartsUrl.replace("/wizard/", "/")}`, "--version", version]);
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/404|not found|index/i);
  });
});
