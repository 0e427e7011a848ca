// Taking the secret out of values, or masking it for a view: wherever the token stands as a key
// or a whole value (secrets.ts says what the secret is, and why by value).
import { base64 } from "../render/magicache-secret";
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

/** The environment variable that carries the magicache token into the engine, and the Secret key it comes from. */
const TOKEN_KEY = "_EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN";

/** The UTF-8 text behind a base64 word, as Kubernetes decodes a Secret's data; undefined when it is not base64. */
function fromBase64(encoded: string): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/**
 * The magicache tokens a rendered manifest carries, for a manifest whose values are not known
 * (`helm get manifest` output): a Secret's data or stringData under the token's key, and a
 * container's env entry of that name given as a literal value. Each chart (ours, dagger's, the
 * fork) puts it in one of these places.
 */
export function manifestSecrets(objects: readonly Record<string, unknown>[]): string[] {
  const found = new Set<string>();
  const add = (token: unknown) => {
    if (typeof token === "string" && token !== "") found.add(token);
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isTable(value)) return;
    if (value.name === TOKEN_KEY && "value" in value) add(value.value);
    for (const child of Object.values(value)) visit(child);
  };
  for (const object of objects) {
    if (object.kind === "Secret") {
      const { data, stringData } = object;
      if (isTable(data) && typeof data[TOKEN_KEY] === "string") add(fromBase64(data[TOKEN_KEY]));
      if (isTable(stringData)) add(stringData[TOKEN_KEY]);
    } else visit(object.spec);
  }
  return [...found];
}

/** Characters that would carry a base64 word on (so a match inside a longer one is not it). */
const BASE64_CHAR = /[A-Za-z0-9+/=]/;
/** Characters that would carry a short token on, in a name or a label. */
const WORD_CHAR = /[A-Za-z0-9_.-]/;

/**
 * A manifests text as a view shows it while the token is masked: the token dotted out, and its
 * base64 too (the chart's Secret holds it so, and base64 hides nothing). Text, not values: the
 * manifests are the core's rendering, and a view needs no second rendering to mask them.
 */
export function maskedManifestsText(text: string, secret: string): string {
  const mask = maskOf(secret);
  const encodedMasked = wholeWordsReplaced(text, base64(secret), mask, BASE64_CHAR);
  return holdsSecret(encodedMasked, secret) ? encodedMasked.replaceAll(secret, mask) : wholeWordsReplaced(encodedMasked, secret, mask, WORD_CHAR);
}

/** `text` with each occurrence of `word` that no `wordChar` runs on into (either side) replaced. */
function wholeWordsReplaced(text: string, word: string, replacement: string, wordChar: RegExp): string {
  if (!word) return text;
  let out = "";
  let from = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before !== undefined && wordChar.test(before)) || (after !== undefined && wordChar.test(after))) continue;
    out += text.slice(from, at) + replacement;
    from = at + word.length;
  }
  return out + text.slice(from);
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
