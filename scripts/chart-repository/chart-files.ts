// The files `helm package` puts into a chart's archive, read from the chart's folder as Helm's
// loader reads them (every regular file in name order, .helmignore honoured, a UTF-8 byte order
// mark dropped) and listed in the order Helm writes them: Chart.yaml, values.yaml,
// values.schema.json, templates/, then every other file.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { parseYaml11 } from "../../src/yaml/yaml11";
import { parseHelmignore } from "./helmignore";

export interface ChartFile {
  /** The path inside the chart's folder, "/" separated. */
  name: string;
  data: Buffer;
}

/** What Chart.yaml says, as Helm's repository index copies it. */
export type ChartMetadata = Record<string, unknown> & { name: string; version: string };

export interface LoadedChart {
  metadata: ChartMetadata;
  /** In the order `helm package` writes them. */
  files: ChartFile[];
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Semantic versions as Helm takes them for a chart (a leading "v" allowed). */
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export function loadChart(chartDir: string): LoadedChart {
  const ignorePath = join(chartDir, ".helmignore");
  const rules = parseHelmignore(existsSync(ignorePath) ? readFileSync(ignorePath, "utf8") : "", ignorePath);
  const found: ChartFile[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const name = prefix + entry;
      const path = join(dir, entry);
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (!rules.ignores(name, true)) walk(path, `${name}/`);
        continue;
      }
      if (rules.ignores(name, false)) continue;
      if (!stat.isFile()) throw new Error(`${path}: Helm cannot package a file that is not a regular file`);
      const data = readFileSync(path);
      found.push({ name, data: data.subarray(0, 3).equals(BOM) ? data.subarray(3) : data });
    }
  };
  walk(chartDir, "");
  const metadata = chartMetadata(found, chartDir);
  const schema = found.find((file) => file.name === "values.schema.json");
  if (schema) {
    try {
      JSON.parse(schema.data.toString("utf8"));
    } catch (error) {
      throw new Error(`${join(chartDir, "values.schema.json")}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }
  return { metadata, files: inHelmOrder(found, chartDir) };
}

function chartMetadata(files: readonly ChartFile[], chartDir: string): ChartMetadata {
  const chartYaml = files.find((file) => file.name === "Chart.yaml");
  if (!chartYaml) throw new Error(`${chartDir}: no Chart.yaml (or .helmignore leaves it out)`);
  const metadata = parseYaml11(chartYaml.data.toString("utf8")) as Partial<ChartMetadata> | null;
  const where = join(chartDir, "Chart.yaml");
  if (!metadata || typeof metadata.name !== "string" || !metadata.name) throw new Error(`${where}: name is missing`);
  if (metadata.name !== basename(chartDir)) throw new Error(`${where}: name ${metadata.name} differs from the folder's name ${basename(chartDir)}`);
  if (typeof metadata.version !== "string" || !SEMVER.test(metadata.version)) {
    throw new Error(`${where}: version ${JSON.stringify(metadata.version)} is not a semantic version such as 1.2.3`);
  }
  return metadata as ChartMetadata;
}

/** Chart.yaml, values.yaml, values.schema.json, templates/*, the rest: Helm's chartutil.Save. */
function inHelmOrder(files: readonly ChartFile[], chartDir: string): ChartFile[] {
  if (files.some((file) => file.name.startsWith("charts/") || file.name === "requirements.yaml")) {
    throw new Error(`${chartDir}: charts/ and requirements.yaml (dependencies) are not supported here; package the chart with helm package`);
  }
  const named = (name: string) => files.filter((file) => file.name === name);
  const special = new Set(["Chart.yaml", "Chart.lock", "values.yaml", "values.schema.json"]);
  return [
    ...named("Chart.yaml"),
    ...named("Chart.lock"),
    ...named("values.yaml"),
    ...named("values.schema.json"),
    ...files.filter((file) => file.name.startsWith("templates/")),
    ...files.filter((file) => !special.has(file.name) && !file.name.startsWith("templates/")),
  ];
}
