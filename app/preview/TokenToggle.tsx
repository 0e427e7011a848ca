// The magicache token is masked in its field, and so in the preview: dotted out of the values.yaml
// editor and the changes tab until the user presses "Show token". The choice holds while the page
// is open; a reload masks it again.
import { Button } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { secretOf } from "../../src/wizard/secrets";
import { useValuesState } from "../form/values-state";

/** The token to mask in the preview (undefined when there is none or it is shown), and the button that shows it. */
export function useMaskedToken(): { masked: string | undefined; toggle: ReactNode } {
  const { lastGood } = useValuesState();
  const [shown, setShown] = useState(false);
  const secret = secretOf(lastGood.userValues);
  if (secret === undefined) return { masked: undefined, toggle: null };
  const toggle = (
    <Button size="compact-xs" variant="subtle" color="gray" aria-pressed={shown} onClick={() => setShown(!shown)}>
      {shown ? "Hide token" : "Show token"}
    </Button>
  );
  return { masked: shown ? undefined : secret, toggle };
}
