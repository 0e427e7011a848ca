import { PasswordInput, TextInput } from "@mantine/core";
import { fieldLabels, type TFieldLabelProps } from "./field-labels";
import { useFieldError } from "./problems";
import { useTypedText } from "./use-value";

export interface TTextFieldProps extends TFieldLabelProps {
  placeholder?: string;
  /** Written when the input is emptied: "" for the chart's string values, undefined to remove an optional key. */
  emptyValue?: "" | undefined;
  /** Masked input for secrets. */
  secret?: boolean;
  error?: string;
  disabled?: boolean;
}

export function TextField({ path, label, compact, rowLabel, description, placeholder, emptyValue = "", secret, error, disabled }: TTextFieldProps) {
  const input = useTypedText(path, emptyValue);
  const problem = useFieldError(path);
  const Input = secret ? PasswordInput : TextInput;
  return (
    <Input
      {...fieldLabels({ path, label, compact, rowLabel, description })}
      placeholder={placeholder}
      {...input}
      error={error ?? problem}
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
