// Where the wizard starts: a share link in the address wins, then the settings saved in this
// browser, then the defaults. A link is read once and then taken out of the address, so a reload
// shows the saved (and since edited) settings rather than the link's again. A link that cannot be
// opened (broken, or crafted to be huge) changes nothing: the wizard opens as it was, with the
// settings saved in this browser. The share link's code loads only when the address holds one;
// the saved state's (which takes secrets out of texts) loads beside the first screen, not in it.
import { initialTextState, type WizardTextState } from "../../src/wizard/text-state";

export interface TStartNotice {
  color: "red" | "yellow" | "blue";
  title: string;
  message: string;
}

export interface TStart {
  state: WizardTextState;
  notice?: TStartNotice;
}

/** A share link of any version (so a broken one is reported, not ignored); share-link.ts isShareHash. */
const SHARE_HASH = /^#?v\d+=/;

export async function readStartState(): Promise<TStart> {
  const hash = window.location.hash;
  const { loadState } = await import("../../src/wizard/saved-state");
  if (SHARE_HASH.test(hash)) {
    // replaceState: the link does not stay in the history either.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    const [{ decodeShareLink }, { textStateFrom }] = await Promise.all([import("../../src/share/share-link"), import("../../src/wizard/share-state")]);
    const decoded = decodeShareLink(hash);
    if (decoded.ok) {
      return {
        state: textStateFrom(decoded.state),
        notice: { color: "blue", title: "Opened from a share link", message: "The settings below come from the link you opened. Your own earlier settings in this browser were replaced." },
      };
    }
    const saved = loadState(safeLocalStorage());
    const instead = !saved.ok
      ? saved.message
      : saved.state
        ? `The wizard opened with the settings saved in this browser instead.${saved.message ? ` ${saved.message}` : ""}`
        : "The wizard opened with the default settings instead.";
    return {
      state: (saved.ok && saved.state) || initialTextState(),
      notice: { color: "red", title: "The share link could not be opened", message: `${decoded.message} ${instead}` },
    };
  }
  const saved = loadState(safeLocalStorage());
  if (!saved.ok) return { state: initialTextState(), notice: { color: "red", title: "Saved settings lost", message: saved.message } };
  const state = saved.state ?? initialTextState();
  return saved.message ? { state, notice: { color: "yellow", title: "Saved settings partly restored", message: saved.message } } : { state };
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
