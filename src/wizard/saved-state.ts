// The wizard's state kept in the browser (localStorage) between visits: the release and the
// user's values.yaml text as typed, comments included, never a secret (the magicache token is
// taken out of the text first).
import { z } from "zod";
import { textWithoutSecrets, type WizardTextState } from "./text-state";

/** Bump the version when the stored payload changes; an old entry is then ignored, not misread. */
export const SAVED_STATE_KEY = "dagger-helm-wizard:v2";
/** The first version's key (release and minimal values): ignored, and removed on the next save. */
export const SAVED_STATE_KEY_V1 = "dagger-helm-wizard:v1";

/** Stored texts are at most this long; a longer one is not saved (the import refuses such files anyway). */
const MAX_SAVED_CHARS = 1_000_000;

const ZSaved = z.strictObject({
  /** Release name. */
  n: z.string().max(1000),
  /** Namespace. */
  s: z.string().max(1000),
  /** values.yaml text. */
  t: z.string().max(MAX_SAVED_CHARS),
});

/** The part of the Web Storage API this module needs (so tests can pass a Map-backed one). */
export type StateStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * Saves the state without secrets. A text that does not parse and might hold a token, or one too
 * long to keep, leaves the last saved state in place.
 */
export function saveState(storage: StateStorage, state: WizardTextState): void {
  const text = textWithoutSecrets(state.valuesText);
  if (text === undefined || text.length > MAX_SAVED_CHARS) return;
  storage.setItem(SAVED_STATE_KEY, JSON.stringify({ n: state.release.name, s: state.release.namespace, t: text }));
  storage.removeItem(SAVED_STATE_KEY_V1);
}

export function forgetState(storage: StateStorage): void {
  storage.removeItem(SAVED_STATE_KEY);
  storage.removeItem(SAVED_STATE_KEY_V1);
}

export type LoadedState = { ok: true; state: WizardTextState | undefined } | { ok: false; message: string };

/** The saved state, undefined when there is none; never throws. */
export function loadState(storage: StateStorage): LoadedState {
  try {
    const text = storage.getItem(SAVED_STATE_KEY);
    if (text === null) return { ok: true, state: undefined };
    const saved = ZSaved.safeParse(JSON.parse(text));
    if (saved.success) {
      // A token that reached the storage some other way is not brought back either.
      const valuesText = textWithoutSecrets(saved.data.t) ?? "";
      return { ok: true, state: { release: { name: saved.data.n, namespace: saved.data.s }, valuesText } };
    }
    const issue = saved.error.issues[0];
    return damaged(`its data has the wrong shape at "${issue?.path.join(".") || "(root)"}"`);
  } catch {
    return { ok: false, message: "The settings saved in this browser could not be read. The wizard opened with the default settings." };
  }
}

function damaged(reason: string): LoadedState {
  return { ok: false, message: `The settings saved in this browser could not be restored: ${reason}. The wizard opened with the default settings.` };
}
