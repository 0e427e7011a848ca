// Reads a stored upstream render as a Kubernetes client does: go-yaml's YAML 1.1, and a key given
// twice keeps its last value (go-yaml v2's non-strict Unmarshal, which Helm uses to build objects;
// the fork 0.4.x renders its readiness probe's `exec:` twice in StatefulSet mode).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import type { KubeObject } from "../../src/render/context";
import { YAML11_OPTIONS } from "../../src/yaml/yaml11";
import { upstreamRenderPath, type CorpusEntry } from "./corpus";

export function parseUpstreamRender(text: string, where: string): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const doc of parseAllDocuments(text, { ...YAML11_OPTIONS, uniqueKeys: false })) {
    if (doc.errors.length) throw new Error(`${where}: ${doc.errors.map((error) => error.message).join("\n")}`);
    const object = doc.toJS({ maxAliasCount: 0 }) as KubeObject | null;
    if (object !== null) objects.push(object);
  }
  return objects;
}

/** The upstream chart's objects for a corpus entry, from test/corpus/upstream/<slug>.yaml. */
export function upstreamObjects(entry: CorpusEntry): KubeObject[] {
  const path = upstreamRenderPath(entry);
  return parseUpstreamRender(readFileSync(path, "utf8"), path);
}
