// A choice among a few fixed values: the browser's own select, which needs no code of ours to
// open, position or filter its list (Mantine's Select brings floating-ui into the first load).
import { NativeSelect } from "@mantine/core";
import { fieldLabels, type TFieldLabelProps } from "./field-labels";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";

export interface TSelectFieldProps extends TFieldLabelProps {
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
      {...fieldLabels({ path, label, compact, rowLabel, description })}
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
