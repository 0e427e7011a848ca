import { SegmentedControl, Input } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

export interface TTriStateFieldProps {
  path: ValuePath;
  label: string;
  description?: ReactNode;
}

/** An optional boolean of a Kubernetes object: not set (Kubernetes decides), true or false. */
export function TriStateField({ path, label, description }: TTriStateFieldProps) {
  const [value, setValue] = useValue<boolean | null | undefined>(path);
  const error = useFieldError(path);
  const id = fieldId(path);
  return (
    <Input.Wrapper id={`${id}-wrapper`} label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <SegmentedControl
        id={id}
        aria-label={label}
        display="flex"
        mt={4}
        size="xs"
        data={[
          { value: "unset", label: "Not set" },
          { value: "true", label: "true" },
          { value: "false", label: "false" },
        ]}
        value={value === undefined || value === null ? "unset" : String(value)}
        onChange={(next) => setValue(next === "unset" ? undefined : next === "true")}
      />
    </Input.Wrapper>
  );
}
