// Regenerates test/corpus/upstream/<slug>.yaml: each corpus file rendered by the upstream chart
// it was written for, with real Helm 4, as `helm template <release> <chart> -n <ns> -f <file>`.
//
//   UPSTREAM_DAGGER_GIT=<git dir of dagger/dagger> UPSTREAM_FORK_GIT=<git dir of kubiyabot/helm-charts> \
//     npm run corpus:upstream
//
// Each chart is taken from its tag (helm/chart/v<version> or dagger-helm-<version>) with
// `git archive`, so any clone or bare mirror with the tags works. The renders are Helm's output,
// kept as data; this script is not part of `npm test`. An entry whose upstream version refuses the
// file must say so (upstreamRefuses), and the script checks that Helm still does.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, corpusPath, corpusSlug, upstreamChartRef, upstreamRenderPath, UPSTREAM_DIR, type CorpusEntry } from "../test/corpus/corpus";
import { helm, testTmpDir } from "../test/helm";

function gitDir(variable: string): string {
  const dir = process.env[variable];
  if (!dir) {
    console.error(`${variable} is not set: point it at a git directory (a clone or a bare mirror) of the upstream repository.`);
    process.exit(2);
  }
  return dir;
}

const repositories = { vendor: gitDir("UPSTREAM_DAGGER_GIT"), fork: gitDir("UPSTREAM_FORK_GIT") };
const scratch = testTmpDir("upstream-charts-");
const extracted = new Map<string, string>();

/** Extracts the entry's upstream chart once per tag and returns its folder. */
function upstreamChart(entry: CorpusEntry): string {
  const { tag, folder } = upstreamChartRef(entry);
  const key = `${entry.chart}:${tag}`;
  const known = extracted.get(key);
  if (known) return known;
  const target = join(scratch, `${entry.chart}-${entry.version}`);
  mkdirSync(target, { recursive: true });
  let archive: Buffer;
  try {
    archive = execFileSync("git", ["-C", repositories[entry.chart], "archive", "--format=tar", tag, folder], {
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    throw new Error(`${entry.file}: cannot read ${folder} at tag ${tag} in ${repositories[entry.chart]}: ${(error as Error).message}`, { cause: error });
  }
  execFileSync("tar", ["-x", "-C", target], { input: archive });
  const chartDir = join(target, folder);
  extracted.set(key, chartDir);
  return chartDir;
}

let failures = 0;
mkdirSync(UPSTREAM_DIR, { recursive: true });
for (const entry of CORPUS) {
  const args = ["template", entry.release, upstreamChart(entry), "-n", entry.namespace, "-f", corpusPath(entry)];
  const result = await helm(4, args);
  const label = `${corpusSlug(entry)} (${entry.chart} ${entry.version})`;
  if (entry.upstreamRefuses !== undefined) {
    rmSync(upstreamRenderPath(entry), { force: true });
    if (result.ok || !result.stderr.includes(entry.upstreamRefuses)) {
      failures++;
      console.error(`${label}: expected Helm to refuse with "${entry.upstreamRefuses}", got: ${result.ok ? "a render" : result.stderr.trim()}`);
    } else console.log(`${label}: refused, as recorded`);
    continue;
  }
  if (!result.ok) {
    failures++;
    console.error(`${label}: Helm refused the file; record it as upstreamRefuses in test/corpus/corpus.ts:\n${result.stderr.trim()}`);
    continue;
  }
  writeFileSync(upstreamRenderPath(entry), result.stdout);
  console.log(`${label}: ${upstreamRenderPath(entry)}`);
}
rmSync(scratch, { recursive: true, force: true });
process.exitCode = failures ? 1 : 0;
