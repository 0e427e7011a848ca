// The magicache token is masked in its field, and so in the preview: dotted out of the values.yaml
// editor, the manifests (the Secret's base64 of it too) and the changes tab until the user presses
// "Show token". The choice holds while the page is open; a reload masks it again. Exports hold it.
import { Button } from "@mantine/core";
import { useWizard, useWizardStore } from "../form/use-wizard";

/** The token to mask in the preview (undefined when there is none or it is shown), and the button that shows it. */
export function useMaskedToken(): string | undefined {
  const secret = useWizard((state) => state.lastGood?.secret);
  const shown = useWizard((state) => state.views.showToken);
  return secret === undefined || shown ? undefined : secret;
}

export function TokenToggle() {
  const store = useWizardStore();
  const hasToken = useWizard((state) => state.lastGood?.secret !== undefined);
  const shown = useWizard((state) => state.views.showToken);
  if (!hasToken) return null;
  return (
    <Button size="compact-xs" variant="subtle" color="gray" aria-pressed={shown} onClick={() => store.setViews({ showToken: !shown })}>
      {shown ? "Hide token" : "Show token"}
    </Button>
  );
}
