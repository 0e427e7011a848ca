// The wizard's state kept in the browser (localStorage) between visits. It holds what a share
// link holds (the release and the non-default values) and so, like a link, never a secret.
import { stateFromPayload, statePayload } from "../share/share-link";
import type { WizardState } from "./state";

/** Bump the version when the stored payload changes; an old entry is then ignored, not misread. */
export const SAVED_STATE_KEY = "dagger-helm-wizard:v1";

/** The part of the Web Storage API this module needs (so tests can pass a Map-backed one). */
export type StateStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function saveState(storage: StateStorage, state: WizardState): void {
  storage.setItem(SAVED_STATE_KEY, JSON.stringify(statePayload(state)));
}

export function forgetState(storage: StateStorage): void {
  storage.removeItem(SAVED_STATE_KEY);
}

export type LoadedState = { ok: true; state: WizardState | undefined } | { ok: false; message: string };

/** The saved state, undefined when there is none; never throws. */
export function loadState(storage: StateStorage): LoadedState {
  try {
    const text = storage.getItem(SAVED_STATE_KEY);
    if (text === null) return { ok: true, state: undefined };
    const restored = stateFromPayload(JSON.parse(text));
    if (restored.ok) return restored;
    return { ok: false, message: `The settings saved in this browser could not be restored: ${restored.reason}. The wizard opened with the default settings.` };
  } catch {
    return { ok: false, message: "The settings saved in this browser could not be read. The wizard opened with the default settings." };
  }
}
