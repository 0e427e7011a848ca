import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { initialTextState } from "../src";
import { App } from "./App";
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
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
