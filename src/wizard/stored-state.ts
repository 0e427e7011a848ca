// Writing the wizard's state into the browser's storage (saved-state.ts reads it back): the
// release and a values.yaml text that has been cleared of secrets (secret-text.ts), or the reason
// it could not be. Neither zod nor the YAML parser is needed here, so the page can store a text
// it already knows to be free of secrets without loading either.
import type { SecretFreeText } from "./secret-text";
import { DEFAULT_RELEASE } from "./state";
import type { WizardTextState } from "./text-state";

/** Bump the version when the stored payload changes; an old entry is then ignored, not misread. */
export const SAVED_STATE_KEY = "dagger-helm-wizard:v2";
/**
 * The settings a share link replaced (saved, or on the page when it was pasted), in the same form:
 * kept until the user takes them back or dismisses the offer, so a reload does not lose them.
 */
export const SET_ASIDE_STATE_KEY = "dagger-helm-wizard:v2:set-aside";
/** The first version's key (release and minimal values): ignored, and removed on the next save. */
export const SAVED_STATE_KEY_V1 = "dagger-helm-wizard:v1";

/** Stored texts are at most this long; a longer one is not saved (the import refuses such files anyway). */
export const MAX_SAVED_CHARS = 1_000_000;
/** A release name or namespace longer than this is not kept (Helm allows 53 and 63 characters). */
export const MAX_RELEASE_CHARS = 1000;

/** The part of the Web Storage API this module needs (so tests can pass a Map-backed one). */
export type StateStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * Saved, or not; `message` (for the user, as it is) says why not, or what was left out (a release
 * name too long to keep).
 */
export type SaveOutcome = { saved: boolean; message?: string };

/**
 * Stores the release and the text as cleared of secrets (`cleared`, textWithoutSecrets of the
 * state's text); when it cannot, the last saved state stays as it was. Under `key`: the saved
 * state, or the one a share link set aside.
 */
export function storeState(storage: StateStorage, state: WizardTextState, cleared: () => SecretFreeText, key: typeof SAVED_STATE_KEY | typeof SET_ASIDE_STATE_KEY = SAVED_STATE_KEY): SaveOutcome {
  if (state.valuesText.length > MAX_SAVED_CHARS) return notSaved(`values.yaml is longer than ${MAX_SAVED_CHARS.toLocaleString("en")} characters`);
  const text = cleared();
  if (!text.ok) return notSaved(text.reason);
  const { name, namespace } = state.release;
  const keep = (value: string) => (value.length <= MAX_RELEASE_CHARS ? value : undefined);
  try {
    storage.setItem(key, JSON.stringify({ n: keep(name), s: keep(namespace), t: text.text }));
    if (key === SAVED_STATE_KEY) storage.removeItem(SAVED_STATE_KEY_V1);
  } catch (error) {
    return notSaved(`the browser refused to store it (${error instanceof Error ? error.name : "unknown error"})`);
  }
  const tooLong = [keep(name) === undefined && "release name", keep(namespace) === undefined && "namespace"].filter(Boolean);
  if (!tooLong.length) return { saved: true };
  const are = tooLong.length > 1 ? "are" : "is";
  return { saved: true, message: `The ${tooLong.join(" and ")} ${are} longer than ${MAX_RELEASE_CHARS.toLocaleString("en")} characters and not kept: a reload brings back the default, "${DEFAULT_RELEASE.name}".` };
}

function notSaved(reason: string): SaveOutcome {
  const why = reason.charAt(0).toUpperCase() + reason.slice(1);
  return { saved: false, message: `${why}. A reload would bring back the settings saved before; what you see stays while the page is open (download values.yaml to keep it). This goes away once a save works.` };
}

export function forgetState(storage: StateStorage): void {
  storage.removeItem(SAVED_STATE_KEY);
  storage.removeItem(SAVED_STATE_KEY_V1);
}
