// The build's chart archive holds what `helm package` (Helm 3 and 4) puts in it, in the same
// order, as plain 0644 files with a fixed mtime, and the same chart always gives the same bytes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { archiveEntries, type ArchiveEntry } from "../../test/chart-archive";
import { CHART_DIR, helm, HELM_MAJORS, testTmpDir, type HelmMajor } from "../../test/helm";
import { parseYaml11 } from "../../src/yaml/yaml11";
import { packageChart } from "./package-chart";

const TIME = new Date(Date.UTC(2024, 5, 1, 12, 0, 0));

async function helmPackage(major: HelmMajor, chartDir: string): Promise<ArchiveEntry[]> {
  const out = testTmpDir("helm-package-");
  const result = await helm(major, ["package", chartDir, "-d", out]);
  if (!result.ok) throw new Error(`helm package failed: ${result.stderr}`);
  const [file] = readdirSync(out);
  return archiveEntries(readFileSync(join(out, file as string)));
}

/** Names and contents; Chart.yaml as data, since Helm writes it again from what it read. */
function contents(entries: ArchiveEntry[]) {
  return entries.map((entry) => ({
    path: entry.path,
    data: entry.path.endsWith("/Chart.yaml") ? parseYaml11(entry.data.toString("utf8")) : entry.data.toString("base64"),
  }));
}

function writeChart(root: string, files: Record<string, string | Buffer>): string {
  const dir = join(root, "probe");
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

const PROBE_FILES = {
  "Chart.yaml": "apiVersion: v2\nname: probe\nversion: 0.1.0\n",
  "values.yaml": "a: 1\n",
  ".helmignore": "# leave these out\n*.key\ndocs/*.txt\n/notes.txt\n.git/\ntmp*/\n",
  "templates/a.yaml": "kind: A\n",
  "templates/.a.yaml.swp": "swap",
  "templates/sub/b.yaml": "kind: B\n",
  "docs/guide.md": "# guide\n",
  "docs/draft.txt": "draft\n",
  "notes.txt": "top-level notes\n",
  "sub/notes.txt": "kept: the rule is anchored at the top\n",
  "signing.key": "secret",
  ".git/config": "[core]\n",
  "tmp-build/out.txt": "left out\n",
  "tmp.txt": "kept: tmp*/ matches folders only\n",
  "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("after the mark\n")]),
  "ci/a-values.yaml": "a: 2\n",
};

describe.each(HELM_MAJORS)("the packaged chart against helm package of Helm %i", (major) => {
  it("holds the same files as dagger-helm's helm package, in its order", async () => {
    const ours = archiveEntries(packageChart(CHART_DIR, TIME).bytes);
    expect(contents(ours)).toEqual(contents(await helmPackage(major, CHART_DIR)));
    expect(ours[0]?.path).toBe("dagger-helm/Chart.yaml");
  });

  it("honours .helmignore, Helm's default rule and the byte order mark as helm package does", async () => {
    const dir = writeChart(testTmpDir("probe-chart-"), PROBE_FILES);
    const ours = contents(archiveEntries(packageChart(dir, TIME).bytes));
    expect(ours).toEqual(contents(await helmPackage(major, dir)));
    const paths = ours.map((entry) => entry.path);
    expect(paths).toContain("probe/sub/notes.txt");
    expect(paths).toContain("probe/tmp.txt");
    expect(paths).not.toContain("probe/signing.key");
    expect(paths).not.toContain("probe/templates/.a.yaml.swp");
  });

  it("fails where helm package fails: a negated rule that leaves Chart.yaml out", async () => {
    const dir = writeChart(testTmpDir("probe-chart-"), { ...PROBE_FILES, ".helmignore": "!values.yaml\n" });
    expect(() => packageChart(dir, TIME)).toThrow(/no Chart.yaml \(or .helmignore leaves it out\)/);
    expect((await helm(major, ["package", dir, "-d", testTmpDir("helm-package-")])).ok).toBe(false);
  });
});

describe("packageChart", () => {
  it("writes plain files only: mode 0644, owner 0, the given mtime", () => {
    const entries = archiveEntries(packageChart(CHART_DIR, TIME).bytes);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      expect(entry).toMatchObject({ type: "File", mode: 0o644, uid: 0, gid: 0, mtime: TIME });
    }
  });

  it("gives the same bytes for the same chart and time, and other bytes for another time", () => {
    const first = packageChart(CHART_DIR, TIME);
    expect(packageChart(CHART_DIR, TIME).bytes.equals(first.bytes)).toBe(true);
    expect(packageChart(CHART_DIR, new Date(TIME.getTime() + 1000)).bytes.equals(first.bytes)).toBe(false);
    expect(first.fileName).toMatch(/^dagger-helm-\d+\.\d+\.\d+\.tgz$/);
    expect(first.bytes[9]).toBe(0xff);
  });

  it("names the file that breaks a chart", () => {
    const root = testTmpDir("probe-chart-");
    const noVersion = writeChart(root, { "Chart.yaml": "apiVersion: v2\nname: probe\nversion: one\n" });
    expect(() => packageChart(noVersion, TIME)).toThrow(/Chart.yaml: version "one" is not a semantic version/);
    writeFileSync(join(noVersion, "Chart.yaml"), "apiVersion: v2\nname: other\nversion: 1.0.0\n");
    expect(() => packageChart(noVersion, TIME)).toThrow(/name other differs from the folder's name probe/);
    writeFileSync(join(noVersion, "Chart.yaml"), "apiVersion: v2\nname: probe\nversion: 1.0.0\n");
    writeFileSync(join(noVersion, "values.schema.json"), "{ not json");
    expect(() => packageChart(noVersion, TIME)).toThrow(/values.schema.json: not valid JSON/);
  });
});
