// What counts as a secret, and taking it out of values. Today the one secret is the magicache
// token, which the chart turns into a Secret. A secret is a value, not a key: YAML anchors,
// aliases and merge keys can put the token anywhere (`token: *t`, `magicache: *m`, `<<: *base`),
// so it is looked up where the chart reads it (magicache.token, after aliases and merges are
// resolved) and then removed wherever that value stands, under any key.
import { isTable, type Table } from "../values/tree";

/**
 * A token this long is looked for inside other text too (a comment, a longer value). A shorter
 * one is removed only where it is a whole value: while a token is typed its first letters are
 * everywhere ("d" in "dagger"), and nothing would be saved. Real tokens are far longer.
 */
export const MIN_EMBEDDED_SECRET_CHARS = 8;

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

/** True when a value (or a key) is the secret itself. */
export function isSecretValue(value: unknown, secret: string): boolean {
  return (typeof value === "string" || typeof value === "number") && String(value) === secret;
}

/** True when a text that outlives the page (a saved text, a link's data) still holds the secret. */
export function holdsSecret(text: string, secret: string): boolean {
  return secret.length >= MIN_EMBEDDED_SECRET_CHARS && text.includes(secret);
}

/**
 * The values without secrets: what may go into a link, the browser's storage or anything else
 * that outlives the page. magicache.token becomes "", and every other entry or list item whose
 * key or value is the token is left out.
 */
export function withoutSecrets<T>(values: T, secret = secretOf(values)): T {
  return secretsRemoved(values, secret).values;
}

/**
 * withoutSecrets, and the places (other than magicache.token) the token was taken from. The
 * secret is the values' own token unless given (values that lost theirs on the way, say).
 */
export function secretsRemoved<T>(values: T, secret = secretOf(values)): { values: T; places: string[] } {
  if (secret === undefined || !isTable(values)) return { values, places: [] };
  const places: string[] = [];
  const stripped = strip(values, secret, "", places) as Table;
  if (isTable(stripped.magicache)) stripped.magicache = { ...stripped.magicache, token: "" };
  return { values: stripped as T, places: places.filter((place) => place !== "magicache.token") };
}

/** Where in the values the secret stands as a key or a whole value (a key is named by its parent). */
export function secretPlaces(values: unknown, secret: string): string[] {
  const places: string[] = [];
  strip(values, secret, "", places);
  return places;
}

/** True when the values hold a secret that withoutSecrets would drop. */
export function hasSecrets(values: unknown): boolean {
  return secretOf(values) !== undefined;
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

/** The values as a view shows them while the token is masked: the token dotted out, as a value, key or part of text. */
export function maskedValues<T>(values: T, secret: string): T {
  const mask = (text: string) => (isSecretValue(text, secret) ? maskOf(secret) : holdsSecret(text, secret) ? text.replaceAll(secret, maskOf(secret)) : text);
  const visit = (value: unknown): unknown => {
    if (typeof value === "string") return mask(value);
    if (isSecretValue(value, secret)) return maskOf(secret);
    if (Array.isArray(value)) return value.map(visit);
    if (!isTable(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [mask(key), visit(child)]));
  };
  return visit(values) as T;
}

function strip(value: unknown, secret: string, path: string, places: string[]): unknown {
  if (Array.isArray(value)) {
    const kept: unknown[] = [];
    value.forEach((item, index) => {
      if (isSecretValue(item, secret)) places.push(`${path}[${index}]`);
      else kept.push(strip(item, secret, `${path}[${index}]`, places));
    });
    return kept;
  }
  if (!isTable(value)) return value;
  const kept: [string, unknown][] = [];
  for (const [key, child] of Object.entries(value)) {
    const place = path ? `${path}.${key}` : key;
    // A key that is the token is named by where it stands, never by itself.
    if (isSecretValue(key, secret)) places.push(`a key under ${path || "the top level"}`);
    else if (isSecretValue(child, secret)) places.push(place);
    else kept.push([key, strip(child, secret, place, places)]);
  }
  // fromEntries: a key such as __proto__ stays an ordinary key.
  return Object.fromEntries(kept);
}
