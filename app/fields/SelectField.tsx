import { Select } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";

export interface TSelectFieldProps {
  path: string;
  label: string;
  /** In a row of a list: the label is for screen readers only, and there is no help text. */
  compact?: boolean;
  description?: ReactNode;
  data: (string | { value: string; label: string })[];
  /** Offer "not set", which removes the key (an optional Kubernetes field). */
  unsetLabel?: string;
}

const UNSET = "__unset__";

export function SelectField({ path, label, compact, description, data, unsetLabel }: TSelectFieldProps) {
  const [value, setValue] = useValue<string | undefined>(path);
  const error = useFieldError(path);
  const options = unsetLabel ? [{ value: UNSET, label: unsetLabel }, ...data] : data;
  return (
    <Select
      id={fieldId(path)}
      label={compact ? undefined : label}
      aria-label={compact ? label : undefined}
      description={compact ? undefined : (description ?? fieldHelp(path))}
      data={options}
      value={value ?? (unsetLabel ? UNSET : null)}
      onChange={(next) => {
        if (next === null) return;
        setValue(next === UNSET ? undefined : next);
      }}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
