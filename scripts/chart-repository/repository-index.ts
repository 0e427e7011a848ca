// The chart repository's index.yaml, as `helm repo index` writes it: apiVersion v1, one entry per
// chart version holding its Chart.yaml fields plus created, digest (sha256 of the .tgz) and urls.
// The URL is relative (resolved against the repository's own address), so the repository works
// under any host and path prefix.
import { createHash } from "node:crypto";
import { toYaml11 } from "../../src/yaml/yaml11";
import type { PackagedChart } from "./package-chart";

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** index.yaml for the packaged charts, keys sorted as Helm writes them. */
export function repositoryIndex(charts: readonly PackagedChart[], created: Date): string {
  const timestamp = created.toISOString().replace(/\.000Z$/, "Z");
  const entries: Record<string, Record<string, unknown>[]> = {};
  for (const chart of charts) {
    const entry = { ...chart.metadata, created: timestamp, digest: sha256(chart.bytes), urls: [chart.fileName] };
    (entries[chart.metadata.name] ??= []).push(sortedKeys(entry) as Record<string, unknown>);
  }
  return toYaml11({ apiVersion: "v1", entries: sortedKeys(entries), generated: timestamp });
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, child]) => [key, sortedKeys(child)]),
  );
}
