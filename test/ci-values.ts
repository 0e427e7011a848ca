// The chart's ci/*-values.yaml scenarios (Bitnami style), for the tests that run all of them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { CHART_DIR } from "./helm";

export const CI_DIR = join(CHART_DIR, "ci");

export interface CiScenario {
  /** File name, e.g. statefulset-pvc-values.yaml */
  name: string;
  path: string;
  /** The values as Helm reads them (YAML 1.1). */
  values: Record<string, unknown>;
}

export function ciScenarios(): CiScenario[] {
  return readdirSync(CI_DIR)
    .filter((name) => name.endsWith("-values.yaml"))
    .sort()
    .map((name) => {
      const path = join(CI_DIR, name);
      return { name, path, values: parse(readFileSync(path, "utf8"), { version: "1.1" }) as Record<string, unknown> };
    });
}
