// The whole page, as main.tsx renders it and as the build renders the first screen into
// index.html (prerender.tsx): both must give the same tree, or hydration would not match.
import { StrictMode, useEffect, type ReactNode } from "react";
import { App } from "../App";
import type { WizardStore } from "../form/wizard-store";
import { pageStarted } from "./page-state";

/** Lets the user in once React owns the page: until then index.html's first screen is inert. */
function Started({ children }: { children: ReactNode }) {
  useEffect(pageStarted, []);
  return children;
}

export function Root({ store }: { store: WizardStore }) {
  return (
    <StrictMode>
      <Started>
        <App store={store} />
      </Started>
    </StrictMode>
  );
}
