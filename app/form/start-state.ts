// Where the wizard starts: a share link in the address wins, then the settings saved in this
// browser, then the defaults. A link is read once and then taken out of the address, so a reload
// shows the saved (and since edited) settings rather than the link's again.
import { decodeShareLink, isShareHash } from "../../src/share/share-link";
import { loadState } from "../../src/wizard/saved-state";
import { initialState, type WizardState } from "../../src/wizard/state";

export interface TStartNotice {
  color: "red" | "blue";
  title: string;
  message: string;
}

export interface TStart {
  state: WizardState;
  notice?: TStartNotice;
}

export function readStartState(): TStart {
  const hash = window.location.hash;
  if (isShareHash(hash)) {
    // replaceState: the link does not stay in the history either.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    const decoded = decodeShareLink(hash);
    if (decoded.ok) {
      return {
        state: decoded.state,
        notice: { color: "blue", title: "Opened from a share link", message: "The settings below come from the link you opened. Your own earlier settings in this browser were replaced." },
      };
    }
    return { state: initialState(), notice: { color: "red", title: "The share link could not be opened", message: decoded.message } };
  }
  const saved = loadState(safeLocalStorage());
  if (!saved.ok) return { state: initialState(), notice: { color: "red", title: "Saved settings lost", message: saved.message } };
  return { state: saved.state ?? initialState() };
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
