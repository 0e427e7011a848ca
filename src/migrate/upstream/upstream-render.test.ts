// The model of the upstream charts against real Helm renders of them (test/upstream/renders, made
// by scripts/upstream-renders.ts from the upstream git repositories) over the values files in
// test/upstream/values.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
// eslint-disable-next-line no-restricted-imports -- Helm's output holds duplicated keys; go-yaml keeps the last, and so must this reading
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { CORPUS, corpusPath, upstreamRenderPath } from "../../../test/corpus/corpus";
import { firstDifference } from "../../../test/difference";
import type { KubeObject } from "../../render/context";
import type { Table } from "../../values/tree";
import { parseYaml11, YAML11_OPTIONS } from "../../yaml/yaml11";
import { upstreamStates } from "./table";
import { UPSTREAM_CHECKSUM } from "./upstream-pod";
import { renderUpstream } from "./upstream-render";
import { UPSTREAM_VERSIONS, type UpstreamChart } from "./versions";

const dataDir = join(import.meta.dirname, "..", "..", "..", "test", "upstream");

interface GridEntry {
  values: Table;
  releaseName: string;
  namespace: string;
}

const grid = new Map<string, GridEntry>(
  readdirSync(join(dataDir, "values"))
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => {
      const text = readFileSync(join(dataDir, "values", file), "utf8");
      const header = (key: string) => new RegExp(`^# ${key}: (\\S+)$`, "m").exec(text)?.[1] ?? "";
      return [file.replace(/\.yaml$/, ""), { values: (parseYaml11(text) ?? {}) as Table, releaseName: header("release"), namespace: header("namespace") }];
    }),
);

/**
 * Helm's output as the API server reads it: go-yaml keeps the last of two equal keys (some
 * upstream templates write `runtimeClassName` or a probe's `exec` twice), and the checksum
 * annotations, hashes of other templates' text, are replaced by the model's stand-in.
 */
function parseHelmOutput(text: string): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const doc of parseAllDocuments(text, { ...YAML11_OPTIONS, uniqueKeys: false })) {
    if (doc.errors.length) throw doc.errors[0];
    const object = doc.toJS() as KubeObject | null;
    if (!object) continue;
    const annotations = ((object.spec as Table | undefined)?.template as Table | undefined)?.metadata as Table | undefined;
    for (const key of ["checksum/config", "checksum/secret"]) {
      const map = annotations?.annotations as Table | undefined;
      if (map?.[key]) map[key] = UPSTREAM_CHECKSUM;
    }
    objects.push(object);
  }
  return objects;
}

interface StoredRender {
  chart: UpstreamChart;
  version: string;
  name: string;
  ok: boolean;
  output: string;
}

const stored: StoredRender[] = readdirSync(join(dataDir, "renders"))
  .filter((file) => file.endsWith(".yaml"))
  .flatMap((file) => {
    const [, chart, version] = /^(vendor|fork)-(.+)\.yaml$/.exec(file) ?? [];
    const text = readFileSync(join(dataDir, "renders", file), "utf8");
    return text
      .split(/^#### values: /m)
      .slice(1)
      .map((section) => {
        const name = section.slice(0, section.indexOf("\n"));
        const output = section.slice(name.length + 1);
        const error = /^# error: (.*)$/m.exec(output);
        return { chart: chart as UpstreamChart, version: version as string, name, ok: !error, output: error ? (error[1] ?? "") : output };
      });
  });

describe("the upstream model", () => {
  it("has stored renders of every state over the whole grid", () => {
    expect(stored.length).toBeGreaterThan(26 * grid.size);
    for (const render of stored) expect(grid.has(render.name), render.name).toBe(true);
  });

  it.each(stored.map((render) => [`${render.chart}@${render.version} ${render.name}`, render] as const))("renders %s as Helm did", (_, render) => {
    const entry = grid.get(render.name) as GridEntry;
    const upstream = { chart: render.chart, version: render.version };
    const run = () => renderUpstream(upstream, entry.values, { releaseName: entry.releaseName, namespace: entry.namespace });
    if (!render.ok) {
      expect(run).toThrow();
      return;
    }
    const helm = parseHelmOutput(render.output);
    const model = run();
    expect(model.map((o) => `${String(o.kind)}/${String((o.metadata as Table).name)}`)).toEqual(helm.map((o) => `${String(o.kind)}/${String((o.metadata as Table).name)}`));
    model.forEach((object, index) => {
      const difference = firstDifference(object, helm[index]);
      expect(difference, `${String(object.kind)}: model ≠ helm`).toBeUndefined();
    });
  });
});

describe("the upstream model on the corpus of real values files", () => {
  const entries = CORPUS.filter((entry) => !entry.upstreamRefuses);
  it.each(entries.map((entry) => [entry.file, entry] as const))("renders %s as Helm did", (_, entry) => {
    const values = (parseYaml11(readFileSync(corpusPath(entry), "utf8")) ?? {}) as Table;
    const model = renderUpstream({ chart: entry.chart, version: entry.version }, values, { releaseName: entry.release, namespace: entry.namespace });
    const helm = parseHelmOutput(readFileSync(upstreamRenderPath(entry), "utf8"));
    expect(firstDifference(model, helm)).toBeUndefined();
  });
});

describe("the version table", () => {
  const states = JSON.parse(readFileSync(join(dataDir, "renders", "states.json"), "utf8")) as { chart: UpstreamChart; versions: string[] }[];
  const defaults = JSON.parse(readFileSync(join(dataDir, "renders", "defaults.json"), "utf8")) as Record<string, unknown>;

  it.each(["vendor", "fork"] as const)("has one row for each state of %s's git history, and every released version", (chart) => {
    const rows = upstreamStates(chart).map((state) => state.versions);
    const observed = states.filter((s) => s.chart === chart).map((s) => s.versions);
    // Each observed state is one row; dagger's 1.0.0-beta.1..10 have no chart tags and share the last row.
    expect(rows.map((versions) => versions.filter((v) => observed.flat().includes(v)))).toEqual(observed);
    expect(rows.flat()).toEqual(UPSTREAM_VERSIONS[chart]);
  });

  it("holds each state's values.yaml as data", () => {
    for (const [key, values] of Object.entries(defaults)) {
      const [chart, version] = key.split("@") as [UpstreamChart, string];
      const state = upstreamStates(chart).find((s) => s.versions.includes(version));
      expect(firstDifference(state?.behaviour.defaults, values), key).toBeUndefined();
    }
  });
});
