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
  /** The copy of `restore` this browser keeps (as stored): forgotten when taken back or dismissed. */
  keptAs?: string;
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
  /** Copies set aside earlier (as stored) that are the settings opened now: nothing to take back, so forgotten. */
  spent?: string[];
}

/** A share link of any version (so a broken one is reported, not ignored); share-link.ts isShareHash. */
const SHARE_HASH = /^#?v\d+=/;

/**
 * How many sets of settings that links replaced this browser keeps, newest first: a second link
 * opened before the first one's offer was taken up must not cost the settings the first replaced.
 */
export const SET_ASIDE_COPIES = 5;

/** Where the copies are kept, newest first: SET_ASIDE_STATE_KEY (the one key before there were more), then ".2" on. */
export const SET_ASIDE_KEYS = Array.from({ length: SET_ASIDE_COPIES }, (_, index) => (index === 0 ? SET_ASIDE_STATE_KEY : `${SET_ASIDE_STATE_KEY}.${index + 1}`));

/** A first visit's start: no link, nothing saved. index.html holds its first screen (app/first-screen/prerender.tsx). */
export function firstVisitStart(): TStart {
  return { state: { release: { ...DEFAULT_RELEASE }, valuesText: "" } };
}

/** The start, when it is the defaults; else what the worker must read (the link, the saved text, the copies set aside). */
export function startFromPage(): { start: TStart } | { hash: string; saved: string | null; setAside: string[] } {
  const hash = takeShareHash();
  const link = hash !== undefined;
  const storage = safeLocalStorage();
  const saved = readKey(storage, SAVED_STATE_KEY);
  const setAside = setAsideCopies(storage);
  if (!link && saved === null && !setAside.length) return { start: firstVisitStart() };
  return { hash: hash ?? "", saved, setAside };
}

/**
 * Keeps in this browser the settings a share link replaced (a reload must not lose them), newest
 * first before the copies kept already; the start comes back with its notice knowing the copy.
 * Copies that are the settings opened (start.spent) are forgotten: they would never be offered.
 */
export function keepSetAside(start: TStart, storage: StateStorage = safeLocalStorage()): TStart {
  for (const copy of start.spent ?? []) forgetSetAside(copy, storage);
  const kept = start.setAside;
  if (!kept) return start;
  // As it is stored (its text is free of secrets already: the worker took the token out).
  const one = new Map<string, string>();
  storeState({ getItem: (key) => one.get(key) ?? null, setItem: (key, value) => void one.set(key, value), removeItem: () => undefined }, kept, () => ({ ok: true, text: kept.valuesText }), SET_ASIDE_STATE_KEY);
  const copy = one.get(SET_ASIDE_STATE_KEY);
  if (copy === undefined) return start;
  const copies = [copy, ...setAsideCopies(storage).filter((other) => other !== copy)];
  // A full storage keeps fewer of the oldest rather than none of the newest.
  for (let count = Math.min(copies.length, SET_ASIDE_COPIES); count > 0; count--) {
    if (writeCopies(storage, copies.slice(0, count))) return start.notice ? { ...start, notice: { ...start.notice, keptAs: copy } } : start;
  }
  return start;
}

/** Forgets one copy of settings a share link set aside (taken back, or the offer dismissed); the others stay. */
export function forgetSetAside(copy: string, storage: StateStorage = safeLocalStorage()): void {
  const copies = setAsideCopies(storage);
  if (copies.includes(copy)) writeCopies(storage, copies.filter((other) => other !== copy));
}

/** The copies of settings that links set aside, newest first, as stored. */
export function setAsideCopies(storage: StateStorage): string[] {
  return SET_ASIDE_KEYS.map((key) => readKey(storage, key)).filter((copy) => copy !== null);
}

/** A key's stored text; storage the browser forbids counts as nothing saved. */
function readKey(storage: StateStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Stores the copies in their keys, the oldest first, and then empties the keys after them: a
 * write the browser refuses leaves each copy in a key still (some twice), none lost; false then.
 */
function writeCopies(storage: StateStorage, copies: readonly string[]): boolean {
  try {
    for (let index = copies.length - 1; index >= 0; index--) storage.setItem(SET_ASIDE_KEYS[index]!, copies[index]!);
    for (let index = copies.length; index < SET_ASIDE_KEYS.length; index++) storage.removeItem(SET_ASIDE_KEYS[index]!);
    return true;
  } catch {
    return false;
  }
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
