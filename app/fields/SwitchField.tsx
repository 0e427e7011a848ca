import { Switch } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

export interface TSwitchFieldProps {
  path: ValuePath;
  label: string;
  description?: ReactNode;
  disabled?: boolean;
}

export function SwitchField({ path, label, description, disabled }: TSwitchFieldProps) {
  const [value, setValue] = useValue<boolean | undefined>(path);
  const error = useFieldError(path);
  return (
    <Switch
      id={fieldId(path)}
      label={label}
      description={description ?? fieldHelp(path, label)}
      checked={Boolean(value)}
      onChange={(event) => setValue(event.currentTarget.checked)}
      error={error}
      disabled={disabled}
    />
  );
}
