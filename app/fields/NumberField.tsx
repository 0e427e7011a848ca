import { NumberInput } from "@mantine/core";
import { useState } from "react";
import { fieldLabels, type TFieldLabelProps } from "./field-labels";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";

export interface TNumberFieldProps extends TFieldLabelProps {
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
      {...fieldLabels({ path, label, compact, rowLabel, description })}
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
