// Form on the left, live preview on the right; at 800px and narrower the preview goes under the form.
import { PreviewPane } from "../preview/PreviewPane";
import { AppHeader } from "./AppHeader";
import classes from "./layout.module.css";
import { StartNotice } from "./StartNotice";
import { WizardSteps } from "./WizardSteps";

export function WizardLayout() {
  return (
    <div className={classes.app}>
      <AppHeader />
      <main className={classes.main}>
        <div className={classes.form}>
          <StartNotice />
          <WizardSteps />
        </div>
        <PreviewPane />
      </main>
    </div>
  );
}
