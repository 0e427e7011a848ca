// The values.yaml text as it may be kept in this browser: without the magicache token. The token
// is found where the chart reads it, then every node that holds it as a whole value or key is
// removed, aliases of it included (secrets.ts says why by value). What cannot be taken out
// without changing the user's words (the token in a comment or inside a longer value) is refused
// with the reason: the caller keeps the last text it saved and tells the user.
import { isAlias, isScalar, visit, type Document, type Node } from "yaml";
import { offsetPosition, parseValuesText, parseValuesTextToEdit, valuesDocumentText } from "../document/values-document";
import { holdsSecret, isSecretValue, secretPlaces } from "./secret-values";
import { secretOf } from "./secrets";

export type SecretFreeText = { ok: true; text: string } | { ok: false; reason: string };

export function textWithoutSecrets(text: string): SecretFreeText {
  const parsed = parseValuesText(text);
  if (!parsed.ok) {
    // Without a reading there is no telling which word is the token; keep it only when none can be.
    return /token/i.test(text) ? { ok: false, reason: "values.yaml has an error, and the magicache token may be in it" } : { ok: true, text };
  }
  const secret = secretOf(parsed.values);
  if (secret === undefined) return { ok: true, text };
  // The same reading with a document that is ours to change: a copy, so that the reading stays
  // for the next keystroke (in the worker, a scalar typed is read by editing it, without a parse).
  const own = parseValuesTextToEdit(text, { keepReading: true });
  if (!own.ok) return { ok: false, reason: "the magicache token could not be taken out of values.yaml cleanly" };
  const removed = removeSecretNodes(own.doc, secret);
  const left = firstOutside(text, secret, removed);
  if (left !== undefined) {
    const { line } = offsetPosition(text, left);
    return { ok: false, reason: `the magicache token also stands inside a comment or a longer value, at line ${line}; only whole values are taken out` };
  }
  let stripped: string;
  try {
    stripped = valuesDocumentText(own.doc);
  } catch {
    // An anchor inside what was removed (under a key that is the token) is still used elsewhere.
    return { ok: false, reason: "an anchor that stands beside the magicache token is used elsewhere" };
  }
  // The proof, not the hope: the text kept reads back, and holds the token nowhere.
  const again = parseValuesText(stripped);
  if (!again.ok || holdsSecret(stripped, secret) || secretPlaces(again.values, secret).length > 0) {
    return { ok: false, reason: "the magicache token could not be taken out of values.yaml cleanly" };
  }
  return { ok: true, text: stripped };
}

type Range = readonly [number, number];

/** The text with each range dotted out, one dot per character (for a view that cannot style ranges). */
export function maskedText(text: string, ranges: readonly Range[]): string {
  let out = "";
  let from = 0;
  for (const [start, end] of ranges) {
    if (end <= from) continue;
    const begin = Math.max(start, from);
    out += text.slice(from, begin) + "\u2022".repeat(end - begin);
    from = end;
  }
  return out + text.slice(from);
}

/**
 * Where a view of the text must mask the secret: every place its characters stand (a view shows
 * the text as written, so an escaped spelling is no concern). A short one only where it is a key
 * or a whole value, else the first letters of a token being typed would dot out half the text;
 * a text that does not parse has every occurrence masked. Start and end offsets, sorted.
 */
export function secretRanges(text: string, secret: string): Range[] {
  if (!secret || !text.includes(secret)) return [];
  const ranges: Range[] = [];
  const parsed = holdsSecret(text, secret) ? undefined : parseValuesText(text);
  // Only the first of several YAML documents is parsed node by node: mask every occurrence then.
  if (parsed?.ok && parsed.documents === 1) {
    visit(parsed.doc, {
      Scalar(_, node) {
        if (node.range && isSecretValue(node.value, secret)) ranges.push([node.range[0], node.range[1]]);
      },
    });
    return ranges.sort((a, b) => a[0] - b[0]);
  }
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) ranges.push([at, at + secret.length]);
  return ranges;
}

/** Removes every pair whose key or value is the secret, and every such list item; returns their text ranges. */
function removeSecretNodes(doc: Document, secret: string): Range[] {
  // Aliases are judged before anything is removed, while every anchor is still in place.
  const secretAliases = new Set<unknown>();
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      if (isScalar(target) && isSecretValue(target.value, secret)) secretAliases.add(alias);
    },
  });
  const isSecretNode = (node: unknown) => (isScalar(node) && isSecretValue(node.value, secret)) || (isAlias(node) && secretAliases.has(node));
  const removed: Range[] = [];
  const remove = (...nodes: unknown[]) => {
    for (const node of nodes) {
      const range = (node as Node | null)?.range;
      if (range) removed.push([range[0], range[1]]);
    }
    return visit.REMOVE;
  };
  visit(doc, {
    Pair(_, pair) {
      if (isSecretNode(pair.key) || isSecretNode(pair.value)) return remove(pair.key, pair.value);
      return undefined;
    },
    // A number key is a list item; map entries are pairs, handled above.
    Scalar: (key, node) => (typeof key === "number" && isSecretNode(node) ? remove(node) : undefined),
    Alias: (key, node) => (typeof key === "number" && isSecretNode(node) ? remove(node) : undefined),
  });
  return removed;
}

/** The offset of the first place the secret stands in the text outside the removed nodes. */
function firstOutside(text: string, secret: string, removed: Range[]): number | undefined {
  if (!holdsSecret(text, secret)) return undefined;
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
    if (!removed.some(([start, end]) => start <= at && at + secret.length <= end)) return at;
  }
  return undefined;
}
