import { Textarea } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { deepEqual } from "../../src";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";
import { parseYamlField, yamlFieldText, type TYamlShape } from "./yaml-text";
import type { ValuePath } from "../../src";

export interface TYamlFieldProps {
  path: ValuePath;
  label: string;
  shape: TYamlShape;
  description?: ReactNode;
  placeholder?: string;
  minRows?: number;
}

interface Draft {
  text: string;
  /** The form value the text stands for; when the form holds something else, the text is replaced. */
  basis: unknown;
  parseError?: string;
}

/**
 * A list or map edited as YAML. Text that does not parse stays as typed, with the error's line and
 * column, and the form keeps the last value that parsed.
 */
export function YamlField({ path, label, shape, description, placeholder, minRows = 4 }: TYamlFieldProps) {
  const [value, setValue] = useValue<unknown>(path);
  const [draft, setDraft] = useState<Draft>(() => ({ text: yamlFieldText(value), basis: value }));
  if (!deepEqual(draft.basis, value)) setDraft({ text: yamlFieldText(value), basis: value });
  const problem = useFieldError(path, true);

  const onChange = (text: string) => {
    const parsed = parseYamlField(text, shape);
    if (!parsed.ok) {
      setDraft({ ...draft, text, parseError: parsed.message });
      return;
    }
    setDraft({ text, basis: parsed.value });
    setValue(parsed.value);
  };

  return (
    <Textarea
      id={fieldId(path)}
      label={label}
      description={description ?? fieldHelp(path, label)}
      placeholder={placeholder}
      value={draft.text}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={draft.parseError ?? problem}
      autosize
      minRows={minRows}
      maxRows={20}
      spellCheck={false}
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
    />
  );
}
