import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { readStartState } from "./form/start-state";

// Read once, before React: it takes a share link out of the address, which must happen exactly once.
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
void readStartState().then((start) =>
  createRoot(root).render(
    <StrictMode>
      <App start={start} />
    </StrictMode>,
  ),
);
