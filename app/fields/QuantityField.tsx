import { Text, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { QUANTITY_HELP, quantityMeaning, quantityToWrite, type TQuantityKind } from "./quantity-text";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

export interface TQuantityFieldProps {
  path: ValuePath;
  label: string;
  /** Cores (250m, 0.5, 2) or bytes (512Mi, 8Gi, 1Ti): the help and the meaning shown beside the value. */
  kind: TQuantityKind;
  description?: ReactNode;
  placeholder?: string;
  /** Written when the input is emptied: undefined clears the key. */
  emptyValue?: string | undefined;
}

/**
 * A Kubernetes quantity, typed as Kubernetes writes it (4000m, 512Mi, 1Ti, 1e3) and written to
 * values.yaml as typed: no unit picker that could rewrite it. Text Kubernetes would refuse is
 * kept too, with the core's problem at the field.
 */
export function QuantityField({ path, label, kind, description, placeholder, emptyValue }: TQuantityFieldProps) {
  const [stored, setStored] = useValue<string | number | null | undefined>(path);
  const error = useFieldError(path);
  const text = stored === undefined || stored === null ? "" : String(stored);
  const meaning = error ? undefined : quantityMeaning(stored, kind);
  const help = description ?? fieldHelp(path, label);
  return (
    <TextInput
      id={fieldId(path)}
      label={label}
      description={
        <>
          {help && <>{help} </>}
          {QUANTITY_HELP[kind]}
        </>
      }
      placeholder={placeholder ?? (kind === "cpu" ? "e.g. 500m" : "e.g. 512Mi")}
      value={text}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setStored(typed === "" ? emptyValue : quantityToWrite(typed));
      }}
      error={error}
      autoComplete="off"
      spellCheck={false}
      inputWrapperOrder={["label", "description", "input", "error"]}
      rightSectionWidth={meaning ? 120 : undefined}
      rightSection={
        meaning ? (
          <Text size="xs" c="dimmed" pr="xs" ta="right" style={{ whiteSpace: "nowrap" }}>
            {meaning}
          </Text>
        ) : undefined
      }
    />
  );
}
