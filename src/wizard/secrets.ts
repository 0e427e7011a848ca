// What counts as a secret. Today the one secret is the magicache token, which the chart turns
// into a Secret. A secret is a value, not a key: YAML anchors, aliases and merge keys can put the
// token anywhere (`token: *t`, `magicache: *m`, `<<: *base`), so it is looked up where the chart
// reads it (magicache.token, after aliases and merges are resolved) and then taken out or masked
// wherever that value stands, under any key (secret-values.ts, secret-text.ts). This part is
// small and on the first screen; those load with the views and the saving that need them.
import { isTable } from "../values/tree";

/** The token the chart would put in its Secret, as text; undefined when there is none. */
export function secretOf(values: unknown): string | undefined {
  const token = helmGet(helmGet(values, "magicache"), "token");
  if (typeof token === "number" && Number.isFinite(token)) return String(token);
  return typeof token === "string" && token !== "" ? token : undefined;
}

/**
 * A key's value as Helm reads it, through YAML merge keys (`<<: *base`, `<<: [*a, *b]`: the map's
 * own keys first, then the merged maps in order) whether or not the parser has merged them.
 */
function helmGet(table: unknown, key: string, depth = 0): unknown {
  if (!isTable(table) || depth > 32) return undefined;
  if (Object.hasOwn(table, key)) return table[key];
  const merged = table["<<"];
  for (const source of Array.isArray(merged) ? merged : [merged]) {
    const found = helmGet(source, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The exported files that hold the token: values.yaml whenever the values have one, and
 * manifests.yaml when the chart makes its Secret of it (base64 is no protection).
 */
export function filesWithSecret(userValues: unknown, values: { magicache: { enabled: boolean; secretName: string } }): string[] {
  if (secretOf(userValues) === undefined) return [];
  return values.magicache.enabled && !values.magicache.secretName ? ["values.yaml", "manifests.yaml"] : ["values.yaml"];
}

/** What the wizard shows in place of a masked token: as many dots, at least eight. */
export function maskOf(secret: string): string {
  return "\u2022".repeat(Math.max(secret.length, 8));
}
