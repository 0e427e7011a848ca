// Where the wizard starts: a share link in the address wins, then the settings saved in this
// browser, then the defaults. A link is read once and then taken out of the address, so a reload
// shows the saved (and since edited) settings rather than the link's again. Reading a link or the
// saved settings takes the values worker (worker/start.ts); a first visit needs neither, and the
// form shows the defaults at once.
import { DEFAULT_RELEASE, SAVED_STATE_KEY, type WizardTextState } from "../../src";
import type { DeployedSource } from "../../src";

export interface TStartNotice {
  color: "red" | "yellow" | "blue";
  title: string;
  message: string;
}

export interface TStart {
  state: WizardTextState;
  notice?: TStartNotice;
  /** A share link's deployed baseline: the wizard opens in upgrade mode. */
  deployed?: DeployedSource;
}

/** A share link of any version (so a broken one is reported, not ignored); share-link.ts isShareHash. */
const SHARE_HASH = /^#?v\d+=/;

/** The start, when it is the defaults; else what the worker must read (the link, the saved text). */
export function startFromPage(): { start: TStart } | { hash: string; saved: string | null } {
  const hash = window.location.hash;
  const link = SHARE_HASH.test(hash);
  if (link) {
    // Read exactly once, and replaceState: the link does not stay in the history either.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  let saved: string | null = null;
  try {
    saved = safeLocalStorage().getItem(SAVED_STATE_KEY);
  } catch {
    // Storage the browser forbids counts as nothing saved.
  }
  if (!link && saved === null) return { start: { state: { release: { ...DEFAULT_RELEASE }, valuesText: "" } } };
  return { hash: link ? hash : "", saved };
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
