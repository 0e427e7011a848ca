// Where the wizard starts, worked out in the values worker: a share link in the address wins,
// then the settings saved in this browser, then the defaults. A link that cannot be opened
// (broken, or crafted to be huge) changes nothing: the wizard opens as it was, with the settings
// saved in this browser, and says why.
import { decodeShareLink, initialTextState, loadState, textStateFrom } from "../../src";
import type { TStart } from "../form/start-state";

/** A share link of any version (so a broken one is reported, not ignored); share-link.ts isShareHash. */
export const SHARE_HASH = /^#?v\d+=/;

/** The start for the address's hash and what this browser saved (its raw stored text, or null). */
export function startState(hash: string, saved: string | null): TStart {
  const storage = { getItem: () => saved, setItem: () => undefined, removeItem: () => undefined };
  const loaded = loadState(storage);
  if (SHARE_HASH.test(hash)) {
    const decoded = decodeShareLink(hash);
    if (decoded.ok) {
      const upgrade = decoded.deployed ? " The link also holds what runs: the changes tab compares with it (upgrade mode)." : "";
      return {
        state: textStateFrom(decoded.state),
        notice: { color: "blue", title: "Opened from a share link", message: `The settings below come from the link you opened. Your own earlier settings in this browser were replaced.${upgrade}` },
        ...(decoded.deployed ? { deployed: decoded.deployed } : {}),
      };
    }
    const instead = !loaded.ok
      ? loaded.message
      : loaded.state
        ? `The wizard opened with the settings saved in this browser instead.${loaded.message ? ` ${loaded.message}` : ""}`
        : "The wizard opened with the default settings instead.";
    return {
      state: (loaded.ok && loaded.state) || initialTextState(),
      notice: { color: "red", title: "The share link could not be opened", message: `${decoded.message} ${instead}` },
    };
  }
  if (!loaded.ok) return { state: initialTextState(), notice: { color: "red", title: "Saved settings lost", message: loaded.message } };
  const state = loaded.state ?? initialTextState();
  return loaded.message ? { state, notice: { color: "yellow", title: "Saved settings partly restored", message: loaded.message } } : { state };
}
