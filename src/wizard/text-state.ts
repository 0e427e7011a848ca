// The wizard's one state: the release and the user's values.yaml text, comments and all; its
// start, a preset's text, and the text without secrets for the browser's storage. Share links
// speak in values: share-state.ts converts.
import { isMap, isScalar } from "yaml";
import { applyValue, parseValuesText, parseValuesTextToEdit, valuesDocumentText } from "../document/values-document";
import { minimalValuesText } from "../values/minimal";
import type { Table } from "../values/tree";
import { DEFAULT_RELEASE } from "./state";

export interface WizardTextState {
  release: { name: string; namespace: string };
  /** The user's values.yaml as they wrote it (or the form wrote it for them). */
  valuesText: string;
}

export function initialTextState(): WizardTextState {
  return { release: { ...DEFAULT_RELEASE }, valuesText: "" };
}

/** The values.yaml text of user values: what differs from the defaults, "" when nothing does. */
export function valuesTextOf(userValues: Table): string {
  const text = minimalValuesText(userValues);
  return text === "{}\n" ? "" : text;
}

const TOKEN_PATH = ["magicache", "token"] as const;

/**
 * The text as it may be kept in this browser: without the magicache token (the chart makes a
 * Secret of it). A text that does not parse is kept only when no line could hold a token;
 * undefined means "do not save this one".
 */
export function textWithoutSecrets(text: string): string | undefined {
  const parsed = parseValuesText(text);
  if (!parsed.ok) return /token/i.test(text) ? undefined : text;
  const magicache = isMap(parsed.doc.contents) ? parsed.doc.contents.get("magicache", true) : undefined;
  if (!isMap(magicache) || !magicache.has("token")) return text;
  const token = magicache.get("token", true);
  if (isScalar(token) && (token.value === "" || token.value === null)) return text;
  // The same reading, its document now ours to change.
  parseValuesTextToEdit(text);
  applyValue(parsed.doc, TOKEN_PATH, undefined);
  return valuesDocumentText(parsed.doc);
}
