// The YAML text of rendered manifests, as `helm template` prints it: each document after "---"
// and a "# Source:" line, written as YAML 1.1 so that Kubernetes reads every string back as one.
import { stringify } from "yaml";
import type { Manifest } from "./context";

export function manifestsText(manifests: readonly Manifest[]): string {
  return manifests.map((manifest) => `---\n# Source: ${manifest.source}\n${toYaml11(manifest.object)}`).join("");
}

/** YAML 1.1 text of plain data: `yes`, `on`, `0755` and the like come out quoted. */
export function toYaml11(value: unknown): string {
  return stringify(value, { version: "1.1", lineWidth: 0, aliasDuplicateObjects: false });
}
