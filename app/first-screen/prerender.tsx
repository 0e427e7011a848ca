// The first screen of a first visit (no link, nothing saved), as HTML: the build writes it into
// index.html (scripts/first-screen.ts), so that it paints before any script has run, and
// main.tsx hydrates it.
import { renderToString } from "react-dom/server";
import { firstVisitStart } from "../form/start-state";
import { WizardStore } from "../form/wizard-store";
import { Root } from "./Root";

export function firstScreenHtml(): string {
  return renderToString(<Root store={new WizardStore(firstVisitStart())} />);
}
