// Branch coverage of the chart's templates, measured on real Helm: a copy of the chart gets a
// comment line "#@branch <file>:<line>" at the start of every branch body (if, else if, else,
// with, range) of the resource templates and of _pod.tpl, and the markers found in
// `helm template` output are the branches seen. _helpers.tpl (whose helpers print names, where a
// marker would change them) and _validate.tpl (which fails instead of printing) are left out;
// names.test.ts and bad-values.test.ts cover those.
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHART_DIR, helm, testTmpDir, valuesFile, type HelmMajor } from "./helm";

const BRANCH = /\{\{-?\s*(?:if|else if|else|with|range)\b[^}]*\}\}/g;
const MARKER = /^\s*#@branch (\S+)$/gm;

export interface InstrumentedChart {
  dir: string;
  branches: string[];
}

/** A copy of the chart with a marker in every branch body; returns its folder and the branch ids. */
export function instrumentChart(): InstrumentedChart {
  const dir = join(testTmpDir("coverage-"), "dagger-helm");
  cpSync(CHART_DIR, dir, { recursive: true });
  const templates = join(dir, "templates");
  const branches: string[] = [];
  for (const file of readdirSync(templates)) {
    if (!(file.endsWith(".yaml") || file === "_pod.tpl")) continue;
    const path = join(templates, file);
    const text = readFileSync(path, "utf8");
    const instrumented = text.replace(BRANCH, (action: string, offset: number) => {
      const before = text.slice(0, offset).split("\n");
      const id = `${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
      branches.push(id);
      // The newline after the marker is printed by an action, so that a following "{{-" cannot trim it.
      return `${action}\n#@branch ${id}{{ "\\n" }}`;
    });
    writeFileSync(path, instrumented);
  }
  return { dir, branches };
}

/** The branch ids `helm template` passes through for these values. */
export async function branchesSeen(chart: InstrumentedChart, values: unknown, major: HelmMajor = 4): Promise<string[]> {
  const result = await helm(major, ["template", "coverage", chart.dir, "-n", "dagger", "-f", valuesFile(values)]);
  if (!result.ok) throw new Error(`helm template failed on the instrumented chart: ${result.stderr}`);
  return [...result.stdout.matchAll(MARKER)].map((match) => match[1] as string);
}
