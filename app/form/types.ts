// The wizard's one state: a react-hook-form form over the release and the chart values.
// The preview, exports, share link and saved state all derive from it (useWatch), never from
// a copy of it.
import type { TValues } from "../../src";

export interface WizardForm {
  release: { name: string; namespace: string };
  /** The full (coalesced) chart values; exports reduce them to what differs from the defaults. */
  values: TValues;
}
