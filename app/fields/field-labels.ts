// How a field input is labelled, one rule for every kind of input: in the form, its label and the
// schema's help text; compact, in a row of a list, a short visible row label, the full label for
// screen readers only, and no help text (it would repeat on every row).
import type { ReactNode } from "react";
import type { ValuePath } from "../../src";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";

export interface TFieldLabelProps {
  path: ValuePath;
  label: string;
  /** In a row of a list: the label is for screen readers only, and there is no help text. */
  compact?: boolean;
  /** With compact: a short label shown above the input ("Key"), so a row that wraps on a narrow screen stays labelled. */
  rowLabel?: string;
  description?: ReactNode;
}

/** The input's id (what a problem links to), label, aria-label and description. */
export function fieldLabels({ path, label, compact, rowLabel, description }: TFieldLabelProps) {
  return {
    id: fieldId(path),
    label: compact ? rowLabel : label,
    "aria-label": compact ? label : undefined,
    description: compact ? undefined : (description ?? fieldHelp(path, label)),
  };
}
