// The wizard's one state: the release and the user's values.yaml text, comments and all. Share
// links and presets speak in values (src/wizard/state.ts WizardState); these functions turn one
// into the other, and keep secrets and keys the chart does not know where they belong.
import { isMap, isScalar } from "yaml";
import { applyValue, parseValuesText, valuesDocumentText } from "../document/values-document";
import { minimalValuesText } from "../values/minimal";
import { ZValues } from "../values/schema";
import { isTable, type Table } from "../values/tree";
import { describeNode, sectionFields, type SchemaNode } from "../values/walk";
import { DEFAULT_RELEASE, userValuesOf, valuesFrom, type WizardState } from "./state";

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

/** The text state of a values state (a share link's, an older saved state's). */
export function textStateFrom(state: WizardState): WizardTextState {
  return { release: { ...state.release }, valuesText: valuesTextOf(userValuesOf(state.values)) };
}

/**
 * The values state a share link carries for the user's values. Keys the chart does not know are
 * left out (a link with them would not open); the dialog says which.
 */
export function shareableState(release: WizardTextState["release"], userValues: Table): WizardState {
  return { release: { ...release }, values: valuesFrom(withoutUnknownKeys(userValues)) };
}

/** The values without the keys the chart has no place for (engine.kinds, a parent chart's tunnel:). */
export function withoutUnknownKeys(values: Table): Table {
  return known(values, describeNode(ZValues));
}

function known(values: Table, section: SchemaNode): Table {
  const fields = new Map(sectionFields(section));
  const out: Table = {};
  for (const [key, value] of Object.entries(values)) {
    const schema = fields.get(key);
    if (!schema) continue;
    const node = describeNode(schema);
    out[key] = node.isSection && isTable(value) ? known(value, node) : value;
  }
  return out;
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
  applyValue(parsed.doc, TOKEN_PATH, undefined);
  return valuesDocumentText(parsed.doc);
}
