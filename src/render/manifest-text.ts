// The YAML text of rendered manifests, as `helm template` prints it: each document after "---"
// and a "# Source:" line, written so that Kubernetes reads every string back as a string.
import { toYaml11 } from "../yaml/yaml11";
import type { Manifest } from "./context";

export function manifestsText(manifests: readonly Manifest[]): string {
  return manifests.map((manifest) => `---\n# Source: ${manifest.source}\n${toYaml11(manifest.object)}`).join("");
}

