// A share link pasted into the address bar of a tab where the wizard is already open changes only
// the hash: the page does not reload, so the link is read on hashchange. It opens as a link does
// on a fresh load (on Review, with a notice), and the settings that were on the page stay one
// click away in that notice; a link that cannot be opened leaves them as they are.
import { readStart } from "../worker/worker-client";
import { flushWrites } from "./field-writes";
import { keepSetAside, takeShareHash } from "./start-state";
import type { WizardStore } from "./wizard-store";

export function openPastedLinks(store: WizardStore): () => void {
  const listener = () => {
    const hash = takeShareHash();
    if (!hash) return;
    // What was typed and not written yet (a write waits for the next paint) belongs to the settings
    // the link replaces or keeps: read after it, or a broken link brought back the ones before it.
    void flushWrites()
      .then(() => {
        const { release, text } = store.getState();
        return readStart(hash, null, { release, valuesText: text });
      })
      .then(
        (start) => {
          const now = store.getState();
          const unchanged = start.state.valuesText === now.text && start.state.release.name === now.release.name && start.state.release.namespace === now.release.namespace;
          // Nothing to replace (a broken link keeps the page's settings): only the notice changes.
          if (unchanged) store.setNotice(start.notice);
          else store.start(keepSetAside(start));
        },
        (error: Error) =>
          store.setNotice({ color: "red", title: "The share link could not be opened", message: `It could not be read (${error.message}). The wizard kept the settings you had.` }),
      );
  };
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}
