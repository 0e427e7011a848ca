// Renders every distinct state of the two upstream charts with real Helm 4 over the values files
// in test/upstream/values/, and stores Helm's output in test/upstream/renders/ as test data for
// src/migrate/upstream/upstream-render.test.ts. Not part of `npm test`: it needs the upstream git
// repositories, given as bare or normal git directories:
//
//   UPSTREAM_DAGGER_GIT=/path/to/dagger.git UPSTREAM_FORK_GIT=/path/to/helm-charts.git \
//     npx tsx scripts/upstream-renders.ts
//
// Tags are grouped by the git tree hashes of values.yaml and templates/ (one group = one state);
// each state is rendered at its last tag over the whole grid, and at its first tag (when it has
// more than one) over the files that show what a chart version changes (defaults, statefulset). Dagger's 1.0.0-beta.x charts have no chart
// tags; the repository's HEAD is rendered as its version when its chart is one of the states.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseYaml11 } from "../src/yaml/yaml11";
// @ts-expect-error: a plain .mjs script without types
import { helmBinary } from "./helm-binaries.mjs";

interface Upstream {
  chart: "vendor" | "fork";
  gitDir: string;
  chartPath: string;
  tagPattern: string;
  versionOf: (tag: string) => string;
}

const root = join(import.meta.dirname, "..");
const valuesDir = join(root, "test", "upstream", "values");
const rendersDir = join(root, "test", "upstream", "renders");
/** Starts each render's section in a stored file; the test splits on it. */
const SECTION = "#### values: ";
/** What is rendered at the first tag of a state as well: the parts that name the chart version. */
const VERSION_ENTRIES = ["defaults", "statefulset"];

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name} to the upstream git directory (see the header of this script)`);
  return value;
}

function git(gitDir: string, args: string[]): string {
  return execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).trim();
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]];
    if (x === y) continue;
    if (x === undefined) return 1; // 1.0.0 > 1.0.0-beta.1
    if (y === undefined) return -1;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}

interface State {
  key: string;
  refs: { ref: string; version: string }[];
}

/** Tags (and HEAD) grouped by the tree hashes of the chart's values.yaml and templates/. */
function states(upstream: Upstream): State[] {
  const tags = git(upstream.gitDir, ["tag", "-l", upstream.tagPattern]).split("\n").filter(Boolean);
  const refs = tags.map((ref) => ({ ref, version: upstream.versionOf(ref) }));
  const headVersion = /^version:\s*(\S+)/m.exec(git(upstream.gitDir, ["show", `HEAD:${upstream.chartPath}/Chart.yaml`]))?.[1];
  if (headVersion && !refs.some((r) => r.version === headVersion)) refs.push({ ref: "HEAD", version: headVersion });
  refs.sort((a, b) => compareVersions(a.version, b.version));
  const byKey = new Map<string, State>();
  for (const ref of refs) {
    const key = ["values.yaml", "templates"].map((p) => git(upstream.gitDir, ["rev-parse", `${ref.ref}:${upstream.chartPath}/${p}`])).join(" ");
    const state = byKey.get(key) ?? { key, refs: [] };
    state.refs.push(ref);
    byKey.set(key, state);
  }
  return [...byKey.values()];
}

interface GridEntry {
  name: string;
  path: string;
  release: string;
  namespace: string;
}

function grid(): GridEntry[] {
  return readdirSync(valuesDir)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(valuesDir, file), "utf8");
      const release = /^# release: (\S+)$/m.exec(text)?.[1];
      const namespace = /^# namespace: (\S+)$/m.exec(text)?.[1];
      if (!release || !namespace) throw new Error(`${file}: needs "# release:" and "# namespace:" header lines`);
      return { name: file.replace(/\.yaml$/, ""), path: join(valuesDir, file), release, namespace };
    });
}

function render(helm: string, chartDir: string, entry: GridEntry): { ok: boolean; output: string } {
  try {
    const output = execFileSync(helm, ["template", entry.release, chartDir, "-n", entry.namespace, "-f", entry.path], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { ok: true, output };
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message);
    return { ok: false, output: stderr.trim().split("\n").at(-1) ?? "" };
  }
}

function main(): void {
  const upstreams: Upstream[] = [
    {
      chart: "vendor",
      gitDir: env("UPSTREAM_DAGGER_GIT"),
      chartPath: "helm/dagger",
      tagPattern: "helm/chart/v*",
      versionOf: (tag) => tag.replace("helm/chart/v", ""),
    },
    {
      chart: "fork",
      gitDir: env("UPSTREAM_FORK_GIT"),
      chartPath: "charts/dagger-helm",
      tagPattern: "dagger-helm-*",
      versionOf: (tag) => tag.replace("dagger-helm-", ""),
    },
  ];
  const helm = helmBinary(4) as string;
  const helmVersion = execFileSync(helm, ["version", "--short"], { encoding: "utf8" }).trim();
  const entries = grid();
  const work = mkdtempSync(join(tmpdir(), "upstream-renders-"));
  rmSync(rendersDir, { recursive: true, force: true });
  mkdirSync(rendersDir, { recursive: true });
  const summary: { chart: string; versions: string[]; rendered: string[] }[] = [];
  const defaults: Record<string, unknown> = {};
  try {
    for (const upstream of upstreams) {
      const chartStates = states(upstream);
      for (const state of chartStates) {
        const picked = [...new Set([state.refs[0], state.refs.at(-1)])].filter((r) => r !== undefined);
        summary.push({ chart: upstream.chart, versions: state.refs.map((r) => r.version), rendered: picked.map((r) => r.version) });
        for (const { ref, version } of picked) {
          const dir = join(work, `${upstream.chart}-${version}`);
          mkdirSync(dir, { recursive: true });
          execFileSync("sh", ["-c", `git --git-dir "$1" archive "$2" "$3" | tar -x -C "$4"`, "sh", upstream.gitDir, ref, upstream.chartPath, dir], {
            stdio: ["ignore", "ignore", "ignore"],
          });
          const chartDir = join(dir, upstream.chartPath);
          const last = ref === state.refs.at(-1)?.ref;
          // The chart's values.yaml as data (its comments left out): what the model's defaults must equal.
          if (last) defaults[`${upstream.chart}@${version}`] = parseYaml11(readFileSync(join(chartDir, "values.yaml"), "utf8"));
          const chosen = entries.filter((entry) => last || VERSION_ENTRIES.includes(entry.name));
          let text = `# ${upstream.chart}@${version} rendered by helm ${helmVersion}; one section per file of test/upstream/values\n`;
          for (const entry of chosen) {
            const result = render(helm, chartDir, entry);
            text += `${SECTION}${entry.name}\n${result.ok ? result.output : `# error: ${result.output}\n`}`;
          }
          writeFileSync(join(rendersDir, `${upstream.chart}-${version}.yaml`), text);
          console.log(`${upstream.chart}@${version}: ${chosen.length} values files`);
        }
      }
    }
    writeFileSync(join(rendersDir, "defaults.json"), `${JSON.stringify(defaults, null, 1)}\n`);
    // One state a line: which versions share values.yaml and templates/, and which were rendered.
    writeFileSync(join(rendersDir, "states.json"), `[\n${summary.map((state) => JSON.stringify(state)).join(",\n")}\n]\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
