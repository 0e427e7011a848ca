import "./shell/mantine-styles";
import "./shell/inputs.css";
import "./shell/alerts.css";
import { createRoot, hydrateRoot } from "react-dom/client";
import { initialTextState } from "../src";
import { firstScreenApplies, pageStarted } from "./first-screen/page-state";
import { Root } from "./first-screen/Root";
import { openPastedLinks } from "./form/pasted-links";
import { keepSetAside, startFromPage } from "./form/start-state";
import { WizardStore } from "./form/wizard-store";
import { readStart } from "./worker/worker-client";

// Read once, before React: it takes a share link out of the address, which must happen exactly once.
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const found = startFromPage();
const store = new WizardStore("start" in found ? found.start : undefined);
if (!("start" in found)) {
  readStart(found.hash, found.saved, undefined, found.setAside).then(
    (start) => store.start(keepSetAside(start)),
    (error: Error) => store.start({ state: initialTextState(), notice: { color: "red", title: "Saved settings lost", message: `The settings saved in this browser could not be read (${error.message}). The wizard opened with the default settings.` } }),
  );
}
openPastedLinks(store);
// An error that a boundary catches is shown where it happened (a step that cannot render says so,
// a code field falls back to its text area): a warning here, where React would log an error.
const onCaughtError = (error: unknown) => console.warn("The wizard showed this error in place:", error);
// The built index.html holds a first visit's first screen (app/first-screen): on a first visit
// React takes it over as it is; otherwise (settings to restore, a chosen color scheme, or the dev
// server's empty page) it renders afresh.
if ("start" in found && firstScreenApplies(root)) {
  hydrateRoot(root, <Root store={store} />, {
    onCaughtError,
    // A first screen that differs from the first render is a bug of the build's, never the user's.
    onRecoverableError: (error) => console.error("The first screen in index.html did not match the wizard's first render:", error),
  });
} else {
  root.replaceChildren();
  pageStarted();
  createRoot(root, { onCaughtError }).render(<Root store={store} />);
}
