// A choice among a few fixed values: the browser's own select, which needs no code of ours to
// open, position or filter its list (Mantine's Select brings floating-ui into the first load).
import { NativeSelect } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

export interface TSelectFieldProps {
  path: ValuePath;
  label: string;
  /** In a row of a list: the label is for screen readers only, and there is no help text. */
  compact?: boolean;
  /** With compact: a short label shown above the input ("Key"), so a row that wraps on a narrow screen stays labelled. */
  rowLabel?: string;
  description?: ReactNode;
  data: (string | { value: string; label: string })[];
  /** Offer "not set", which removes the key (an optional Kubernetes field). */
  unsetLabel?: string;
}

const UNSET = "__unset__";

export function SelectField({ path, label, compact, rowLabel, description, data, unsetLabel }: TSelectFieldProps) {
  const [value, setValue] = useValue<string | undefined>(path);
  const error = useFieldError(path);
  const options = unsetLabel ? [{ value: UNSET, label: unsetLabel }, ...data] : data;
  const known = options.some((option) => (typeof option === "string" ? option : option.value) === value);
  // A value the list does not have (typed into values.yaml) is shown as it is, not as the first option.
  const shown = value === undefined ? (unsetLabel ? UNSET : "") : value;
  return (
    <NativeSelect
      id={fieldId(path)}
      label={compact ? rowLabel : label}
      aria-label={compact ? label : undefined}
      description={compact ? undefined : (description ?? fieldHelp(path, label))}
      data={known || value === undefined ? options : [...options, value]}
      value={shown}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setValue(next === UNSET ? undefined : next);
      }}
      error={error}
    />
  );
}
