// The wizard's state kept in the browser (localStorage) between visits: the release and the
// user's values.yaml text as typed, comments included, never a secret (the magicache token is
// taken out of the text first). A save that cannot be made says why, and leaves the last saved
// state in place: the caller shows the message until a save works again. Storing is in
// stored-state.ts, reading back here.
import { z } from "zod";
import { textWithoutSecrets } from "./secret-text";
import { DEFAULT_RELEASE } from "./state";
import { MAX_RELEASE_CHARS, MAX_SAVED_CHARS, SAVED_STATE_KEY, SET_ASIDE_STATE_KEY, storeState, type SaveOutcome, type StateStorage } from "./stored-state";
import type { WizardTextState } from "./text-state";

export { forgetState, SAVED_STATE_KEY, SAVED_STATE_KEY_V1, SET_ASIDE_STATE_KEY, type SaveOutcome, type StateStorage } from "./stored-state";

const ZSaved = z.strictObject({
  /** Release name; left out when too long to keep. */
  n: z.string().optional(),
  /** Namespace; left out when too long to keep. */
  s: z.string().optional(),
  /** values.yaml text. */
  t: z.string().max(MAX_SAVED_CHARS),
});

/** Saves the state without secrets; when it cannot, the last saved state stays as it was. */
export function saveState(storage: StateStorage, state: WizardTextState): SaveOutcome {
  return storeState(storage, state, () => textWithoutSecrets(state.valuesText));
}

/** The saved state; `message` says what of it could not be restored (the rest was). */
export type LoadedState = { ok: true; state: WizardTextState | undefined; message?: string } | { ok: false; message: string };

/** The saved state (or, by `key`, the one a share link set aside), undefined when there is none; never throws. */
export function loadState(storage: StateStorage, key: typeof SAVED_STATE_KEY | typeof SET_ASIDE_STATE_KEY = SAVED_STATE_KEY): LoadedState {
  try {
    const text = storage.getItem(key);
    if (text === null) return { ok: true, state: undefined };
    const saved = ZSaved.safeParse(JSON.parse(text));
    if (saved.success) return restored(saved.data);
    const issue = saved.error.issues[0];
    return damaged(`its data has the wrong shape at "${issue?.path.join(".") || "(root)"}"`);
  } catch {
    return { ok: false, message: "The settings saved in this browser could not be read. The wizard opened with the default settings." };
  }
}

function restored(saved: z.infer<typeof ZSaved>): LoadedState {
  // A token that reached the storage some other way is not brought back either.
  const text = textWithoutSecrets(saved.t);
  if (!text.ok) return damaged(text.reason);
  // A name too long to keep (or kept that way by an older version) costs the name, never the values.
  const fits = (value: string | undefined): value is string => value !== undefined && value.length <= MAX_RELEASE_CHARS;
  const release = { name: fits(saved.n) ? saved.n : DEFAULT_RELEASE.name, namespace: fits(saved.s) ? saved.s : DEFAULT_RELEASE.namespace };
  const lost = [!fits(saved.n) && "release name", !fits(saved.s) && "namespace"].filter(Boolean);
  const state = { release, valuesText: text.text };
  if (!lost.length) return { ok: true, state };
  return { ok: true, state, message: `Your values were restored, but not the ${lost.join(" or the ")} (longer than ${MAX_RELEASE_CHARS.toLocaleString("en")} characters, or missing): it is "${DEFAULT_RELEASE.name}" again.` };
}

function damaged(reason: string): LoadedState {
  return { ok: false, message: `The settings saved in this browser could not be restored: ${reason}. The wizard opened with the default settings.` };
}
