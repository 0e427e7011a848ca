// Where the wizard starts: a share link in the address wins, then the settings saved in this
// browser, then the defaults. A link is read once and then taken out of the address, so a reload
// shows the saved (and since edited) settings rather than the link's again. A link pasted into a
// tab where the wizard is already open is read the same way (main.tsx listens for hashchange). Reading a link or the
// saved settings takes the values worker (worker/start.ts); a first visit needs neither, and the
// form shows the defaults at once.
import { DEFAULT_RELEASE, SAVED_STATE_KEY, SET_ASIDE_STATE_KEY, storeState, type StateStorage, type WizardTextState } from "../../src";
import type { DeployedSource } from "../../src";

export interface TStartNotice {
  color: "red" | "yellow" | "blue";
  title: string;
  message: string;
  /** The settings a share link replaced: the notice offers them back. */
  restore?: WizardTextState;
  /** The step to show: a share link opens on Review, where the colleague checks what came. */
  step?: "review";
}

export interface TStart {
  state: WizardTextState;
  notice?: TStartNotice;
  /** A share link's deployed baseline: the wizard opens in upgrade mode. */
  deployed?: DeployedSource;
  /** The settings the link replaced, the token taken out: kept in this browser until taken back or dismissed. */
  setAside?: WizardTextState;
}

/** A share link of any version (so a broken one is reported, not ignored); share-link.ts isShareHash. */
const SHARE_HASH = /^#?v\d+=/;

/** The start, when it is the defaults; else what the worker must read (the link, the saved text). */
export function startFromPage(): { start: TStart } | { hash: string; saved: string | null; setAside: string | null } {
  const hash = takeShareHash();
  const link = hash !== undefined;
  const storage = safeLocalStorage();
  // Storage the browser forbids counts as nothing saved.
  const read = (key: string) => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  const saved = read(SAVED_STATE_KEY);
  const setAside = read(SET_ASIDE_STATE_KEY);
  if (!link && saved === null && setAside === null) return { start: { state: { release: { ...DEFAULT_RELEASE }, valuesText: "" } } };
  return { hash: hash ?? "", saved, setAside };
}

/** Keeps in this browser the settings a share link replaced (a reload must not lose them). */
export function keepSetAside(start: TStart, storage: StateStorage = safeLocalStorage()): void {
  const kept = start.setAside;
  // Its text is free of secrets already (the worker took the token out).
  if (kept) storeState(storage, kept, () => ({ ok: true, text: kept.valuesText }), SET_ASIDE_STATE_KEY);
}

/** Forgets the settings a share link set aside: taken back, or the offer dismissed. */
export function forgetSetAside(): void {
  safeLocalStorage().removeItem(SET_ASIDE_STATE_KEY);
}

/** The share link in the address, taken out of it; undefined when the address holds none. */
export function takeShareHash(): string | undefined {
  const hash = window.location.hash;
  if (!SHARE_HASH.test(hash)) return undefined;
  // Read exactly once, and replaceState: the link does not stay in the history either.
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  return hash;
}

/** localStorage, or a stand-in that keeps nothing when the browser forbids storage (privacy modes). */
export function safeLocalStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  try {
    const storage = window.localStorage;
    storage.getItem("");
    return storage;
  } catch {
    return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  }
}
