import { PasswordInput, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

export interface TTextFieldProps {
  path: ValuePath;
  label: string;
  /** In a row of a list: the label is for screen readers only, and there is no help text. */
  compact?: boolean;
  /** With compact: a short label shown above the input ("Key"), so a row that wraps on a narrow screen stays labelled. */
  rowLabel?: string;
  description?: ReactNode;
  placeholder?: string;
  /** Written when the input is emptied: "" for the chart's string values, undefined to remove an optional key. */
  emptyValue?: "" | undefined;
  /** Masked input for secrets. */
  secret?: boolean;
  error?: string;
  disabled?: boolean;
}

export function TextField({ path, label, compact, rowLabel, description, placeholder, emptyValue = "", secret, error, disabled }: TTextFieldProps) {
  const [value, setValue] = useValue<string | undefined>(path);
  const problem = useFieldError(path);
  const Input = secret ? PasswordInput : TextInput;
  return (
    <Input
      id={fieldId(path)}
      label={compact ? rowLabel : label}
      aria-label={compact ? label : undefined}
      description={compact ? undefined : (description ?? fieldHelp(path, label))}
      placeholder={placeholder}
      value={value ?? ""}
      onChange={(event) => setValue(event.currentTarget.value === "" ? emptyValue : event.currentTarget.value)}
      error={error ?? problem}
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
