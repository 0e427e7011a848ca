// Where the wizard starts, worked out in the values worker: a share link in the address wins,
// then the settings saved in this browser, then the defaults. A link that cannot be opened
// (broken, or crafted to be huge) changes nothing: the wizard opens as it was, with the settings
// saved in this browser, and says why. A link opened over other settings (saved ones, or those on
// the page when a link is pasted into an open tab) keeps them one click away in the notice.
import { decodeShareLink, initialTextState, loadState, SET_ASIDE_STATE_KEY, textStateFrom, textWithoutSecrets, type WizardTextState } from "../../src";
import type { TStart } from "../form/start-state";

/** A share link of any version (so a broken one is reported, not ignored); share-link.ts isShareHash. */
export const SHARE_HASH = /^#?v\d+=/;

/**
 * The start for the address's hash and what this browser saved (its raw stored text, or null).
 * `current` is the state on the page when a link is opened in a tab where the wizard is open.
 * `setAside` is what earlier links set aside (as stored, newest first): without a link, the
 * newest that differs from the saved settings is offered back.
 */
export function startState(hash: string, saved: string | null, current?: WizardTextState, setAside: readonly string[] = []): TStart {
  const loaded = current ? { ok: true as const, state: current, message: undefined } : loadState(stored(saved));
  if (SHARE_HASH.test(hash)) {
    const decoded = decodeShareLink(hash);
    if (decoded.ok) {
      const state = textStateFrom(decoded.state);
      const earlier = loaded.ok ? loaded.state : undefined;
      const restore = earlier && !sameState(earlier, state) && !sameState(earlier, initialTextState()) ? earlier : undefined;
      const upgrade = decoded.deployed ? " The link also holds what runs: the changes tab compares with it (upgrade mode)." : "";
      return {
        state,
        notice: {
          color: "blue",
          title: "Opened from a share link",
          message: `These settings come from a link someone shared; check them here, then change what you need.${restore ? " The settings you had before were set aside, not lost: this browser keeps them until you take them back or dismiss this." : ""}${upgrade}`,
          restore,
          step: "review",
        },
        ...(restore ? keptAside(restore) : {}),
        ...(decoded.deployed ? { deployed: decoded.deployed } : {}),
      };
    }
    const instead = current
      ? "The wizard kept the settings you had."
      : !loaded.ok
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
  const read = setAside.map((copy) => ({ copy, earlier: setAsideState(copy) }));
  const offers = read.flatMap(({ copy, earlier }) => (earlier && !sameState(earlier, state) ? [{ earlier, copy }] : []));
  // Taken back and saved since (or equal by chance): nothing to offer, ever.
  const spent = read.flatMap(({ copy, earlier }) => (earlier && sameState(earlier, state) ? [copy] : []));
  const [offer] = offers;
  if (offer) {
    const more = offers.length - 1;
    const others = more ? ` ${more === 1 ? "One more set of settings is" : `${more} more sets of settings are`} kept from earlier links; each is offered after this one.` : "";
    return {
      state,
      notice: {
        color: "blue",
        title: "Settings set aside by a share link",
        message: `Before a share link was opened here, you had other settings. They are kept in this browser until you take them back or dismiss this.${others}${loaded.message ? ` ${loaded.message}` : ""}`,
        restore: offer.earlier,
        keptAs: offer.copy,
      },
      ...(spent.length ? { spent } : {}),
    };
  }
  const plain: TStart = spent.length ? { state, spent } : { state };
  return loaded.message ? { ...plain, notice: { color: "yellow", title: "Saved settings partly restored", message: loaded.message } } : plain;
}

/** What the page keeps in the browser of the settings a link replaced: without a token, or nothing when it cannot be taken out. */
function keptAside(restore: WizardTextState): Pick<TStart, "setAside"> {
  const text = textWithoutSecrets(restore.valuesText);
  return text.ok ? { setAside: { release: restore.release, valuesText: text.text } } : {};
}

/** The settings an earlier link set aside, when they can be read. */
function setAsideState(raw: string): WizardTextState | undefined {
  const loaded = loadState(stored(raw), SET_ASIDE_STATE_KEY);
  return loaded.ok ? loaded.state : undefined;
}

/** A text the page read from its storage, as the storage loadState reads (under any key). */
function stored(raw: string | null) {
  return { getItem: () => raw, setItem: () => undefined, removeItem: () => undefined };
}

function sameState(a: WizardTextState, b: WizardTextState): boolean {
  return a.valuesText === b.valuesText && a.release.name === b.release.name && a.release.namespace === b.release.namespace;
}
