// Taking the secret out of values, or masking it for a view: wherever the token stands as a key
// or a whole value (secrets.ts says what the secret is, and why by value).
import { isTable, type Table } from "../values/tree";
import { maskOf, secretOf } from "./secrets";

/**
 * A token this long is looked for inside other text too (a comment, a longer value). A shorter
 * one is removed only where it is a whole value: while a token is typed its first letters are
 * everywhere ("d" in "dagger"), and nothing would be saved. Real tokens are far longer.
 */
export const MIN_EMBEDDED_SECRET_CHARS = 8;

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
