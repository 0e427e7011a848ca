import { NumberInput } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

export interface TNumberFieldProps {
  path: ValuePath;
  label: string;
  /** In a row of a list: the label is for screen readers only, and there is no help text. */
  compact?: boolean;
  /** With compact: a short label shown above the input ("Key"), so a row that wraps on a narrow screen stays labelled. */
  rowLabel?: string;
  description?: ReactNode;
  /** Written when the input is emptied: null for the chart's "null for none" values, undefined to remove an optional key, or a default number. */
  emptyValue: number | null | undefined;
  min?: number;
  max?: number;
  suffix?: string;
  placeholder?: string;
  disabled?: boolean;
}

/** A whole number; the form always holds a number (or the empty value), never the text typed. */
export function NumberField({ path, label, compact, rowLabel, description, emptyValue, min = 0, max, suffix, placeholder, disabled }: TNumberFieldProps) {
  const [value, setValue] = useValue<number | null | undefined>(path);
  const error = useFieldError(path);
  // An emptied input stays empty while the user types, though the form already holds emptyValue.
  const [blank, setBlank] = useState(false);
  return (
    <NumberInput
      id={fieldId(path)}
      label={compact ? rowLabel : label}
      aria-label={compact ? label : undefined}
      description={compact ? undefined : (description ?? fieldHelp(path, label))}
      value={blank || typeof value !== "number" ? "" : value}
      onChange={(next) => {
        setBlank(typeof next !== "number");
        setValue(typeof next === "number" ? next : emptyValue);
      }}
      onBlur={() => setBlank(false)}
      allowDecimal={false}
      min={min}
      max={max}
      suffix={suffix}
      placeholder={placeholder}
      error={error}
      disabled={disabled}
    />
  );
}
