import { Group, Input, NumberInput, Select } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";

export interface TQuantityFieldProps {
  path: string;
  label: string;
  /** Unit suffixes; "" for a plain number (CPU cores). */
  units: { value: string; label: string }[];
  defaultUnit: string;
  description?: ReactNode;
  /** Written when the number is emptied: undefined removes the key. */
  emptyValue?: string | undefined;
}

const QUANTITY = /^([0-9]+(?:\.[0-9]+)?)([A-Za-z]*)$/;
// Mantine's Select treats "" as no selection; a plain number's unit goes through it as this token.
const PLAIN = "__plain__";
const toOption = (unit: string) => (unit === "" ? PLAIN : unit);
const fromOption = (option: string) => (option === PLAIN ? "" : option);

/** A Kubernetes quantity (50Gi, 500m, 2) as a number and a unit. */
export function QuantityField({ path, label, units, defaultUnit, description, emptyValue }: TQuantityFieldProps) {
  const [stored, setStored] = useValue<string | number | null | undefined>(path);
  const error = useFieldError(path);
  const match = stored === undefined || stored === null ? null : QUANTITY.exec(String(stored));
  const amount = match ? Number(match[1]) : "";
  const unit = match ? match[2] : defaultUnit;
  const options = units.map((u) => ({ value: toOption(u.value), label: u.label }));
  if (!units.some((u) => u.value === unit)) options.push({ value: toOption(unit), label: unit });
  const write = (nextAmount: number | string, nextUnit: string) =>
    setStored(typeof nextAmount === "number" ? `${nextAmount}${nextUnit}` : emptyValue);
  const id = fieldId(path);
  return (
    <Input.Wrapper label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <Group gap="xs" wrap="nowrap" mt={6}>
        <NumberInput
          id={id}
          aria-label={label}
          value={amount}
          onChange={(next) => write(next, unit)}
          min={0}
          decimalScale={3}
          style={{ flex: 1 }}
          error={Boolean(error)}
        />
        <Select
          aria-label={`${label} unit`}
          data={options}
          value={toOption(unit)}
          onChange={(next) => next !== null && write(amount, fromOption(next))}
          allowDeselect={false}
          w={110}
        />
      </Group>
    </Input.Wrapper>
  );
}
