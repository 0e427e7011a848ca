// The wizard's one state: the release and the user's values.yaml text, comments and all; its
// start and a preset's text (secret-text.ts takes the secrets out for the browser's storage).
// Share links speak in values: share-state.ts converts.
import { minimalValuesText } from "../values/minimal";
import type { Table } from "../values/tree";

export { initialTextState } from "./state";

export interface WizardTextState {
  release: { name: string; namespace: string };
  /** The user's values.yaml as they wrote it (or the form wrote it for them). */
  valuesText: string;
}

/** The values.yaml text of user values: what differs from the defaults, "" when nothing does. */
export function valuesTextOf(userValues: Table): string {
  const text = minimalValuesText(userValues);
  return text === "{}\n" ? "" : text;
}
