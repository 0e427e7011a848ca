// The wizard's state kept in the browser (localStorage) between visits: the release and the
// user's values.yaml text as typed, comments included, never a secret (the magicache token is
// taken out of the text first). A save that cannot be made says why, and leaves the last saved
// state in place: the caller shows the message until a save works again.
import { z } from "zod";
import { textWithoutSecrets } from "./secret-text";
import { DEFAULT_RELEASE } from "./state";
import type { WizardTextState } from "./text-state";

/** Bump the version when the stored payload changes; an old entry is then ignored, not misread. */
export const SAVED_STATE_KEY = "dagger-helm-wizard:v2";
/** The first version's key (release and minimal values): ignored, and removed on the next save. */
export const SAVED_STATE_KEY_V1 = "dagger-helm-wizard:v1";

/** Stored texts are at most this long; a longer one is not saved (the import refuses such files anyway). */
const MAX_SAVED_CHARS = 1_000_000;
/** A release name or namespace longer than this is not kept (Helm allows 53 and 63 characters). */
const MAX_RELEASE_CHARS = 1000;

const ZSaved = z.strictObject({
  /** Release name; left out when too long to keep. */
  n: z.string().optional(),
  /** Namespace; left out when too long to keep. */
  s: z.string().optional(),
  /** values.yaml text. */
  t: z.string().max(MAX_SAVED_CHARS),
});

/** The part of the Web Storage API this module needs (so tests can pass a Map-backed one). */
export type StateStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * Saved, or not; `message` (for the user, as it is) says why not, or what was left out (a release
 * name too long to keep).
 */
export type SaveOutcome = { saved: boolean; message?: string };

/** Saves the state without secrets; when it cannot, the last saved state stays as it was. */
export function saveState(storage: StateStorage, state: WizardTextState): SaveOutcome {
  if (state.valuesText.length > MAX_SAVED_CHARS) return notSaved(`values.yaml is longer than ${MAX_SAVED_CHARS.toLocaleString("en")} characters`);
  const text = textWithoutSecrets(state.valuesText);
  if (!text.ok) return notSaved(text.reason);
  const { name, namespace } = state.release;
  const keep = (value: string) => (value.length <= MAX_RELEASE_CHARS ? value : undefined);
  try {
    storage.setItem(SAVED_STATE_KEY, JSON.stringify({ n: keep(name), s: keep(namespace), t: text.text }));
    storage.removeItem(SAVED_STATE_KEY_V1);
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

/** The saved state; `message` says what of it could not be restored (the rest was). */
export type LoadedState = { ok: true; state: WizardTextState | undefined; message?: string } | { ok: false; message: string };

/** The saved state, undefined when there is none; never throws. */
export function loadState(storage: StateStorage): LoadedState {
  try {
    const text = storage.getItem(SAVED_STATE_KEY);
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
