// The Helm chart repository the built site serves: charts/<name>-<version>.tgz and
// charts/index.yaml, from chart/dagger-helm (its Chart.yaml holds the version). The Vite build
// emits these files into dist/; `tsx scripts/chart-repository/build-repository.ts <folder>`
// writes them into any folder.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { packageChart, type PackagedChart } from "./package-chart";
import { repositoryIndex } from "./repository-index";

export const CHART_DIR = resolve(import.meta.dirname, "..", "..", "chart", "dagger-helm");
/** The repository's folder in the site: the install commands use <site>/charts. */
export const REPOSITORY_FOLDER = "charts";

/**
 * The time written into the archive and the index: SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention) when set, else 1980-01-01, so that every build of the same
 * chart has the same bytes and digest.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === "") return new Date(Date.UTC(1980, 0, 1));
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${JSON.stringify(epoch)}`);
  return new Date(Number(epoch) * 1000);
}

export interface ChartRepository {
  chart: PackagedChart;
  /** Path inside the site ("charts/index.yaml") → contents. */
  files: Map<string, Buffer>;
}

export function chartRepository(chartDir: string = CHART_DIR, time: Date = buildTime()): ChartRepository {
  const chart = packageChart(chartDir, time);
  const files = new Map<string, Buffer>([
    [`${REPOSITORY_FOLDER}/${chart.fileName}`, chart.bytes],
    [`${REPOSITORY_FOLDER}/index.yaml`, Buffer.from(repositoryIndex([chart], time))],
  ]);
  return { chart, files };
}

/** Writes the repository's files below a site folder; returns their paths. */
export function writeChartRepository(siteDir: string, repository: ChartRepository = chartRepository()): string[] {
  return [...repository.files].map(([name, bytes]) => {
    const path = join(siteDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return path;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const siteDir = process.argv[2];
  if (!siteDir) {
    console.error("usage: tsx scripts/chart-repository/build-repository.ts <site folder>");
    process.exit(2);
  }
  for (const path of writeChartRepository(siteDir)) console.log(`wrote ${path}`);
}
