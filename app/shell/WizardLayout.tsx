// Form on the left, live preview on the right; at 800px and narrower the preview goes under the form.
import type { TStartNotice } from "../form/start-state";
import { PreviewPane } from "../preview/PreviewPane";
import { AppHeader } from "./AppHeader";
import classes from "./layout.module.css";
import { StartNotice } from "./StartNotice";
import { WizardSteps } from "./WizardSteps";

export function WizardLayout({ notice }: { notice: TStartNotice | undefined }) {
  return (
    <div className={classes.app}>
      <AppHeader />
      <main className={classes.main}>
        <div className={classes.form}>
          <StartNotice notice={notice} />
          <WizardSteps />
        </div>
        <PreviewPane />
      </main>
    </div>
  );
}
