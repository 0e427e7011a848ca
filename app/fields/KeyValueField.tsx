import { ActionIcon, Button, Group, Input, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { deepEqual } from "../../src/values/tree";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";

export interface TKeyValueFieldProps {
  path: string;
  label: string;
  description?: ReactNode;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
}

type Row = [key: string, value: string];
const toMap = (rows: Row[]) => Object.fromEntries(rows.filter(([key]) => key.trim() !== ""));

/**
 * A string map (labels, annotations, node selector). The rows are kept while the user types, so a
 * half-typed row (empty key, duplicate key) is not lost; the form holds the map they make.
 */
export function KeyValueField({ path, label, description, keyPlaceholder = "key", valuePlaceholder = "value" }: TKeyValueFieldProps) {
  const [stored, setStored] = useValue<Record<string, string> | undefined | null>(path);
  const map = stored ?? {};
  const [rows, setRows] = useState<Row[]>(() => Object.entries(map));
  // The map changed from outside (a preset, a reset): show it.
  if (!deepEqual(toMap(rows), map)) setRows(Object.entries(map));
  const error = useFieldError(path, true);
  const write = (next: Row[]) => {
    setRows(next);
    setStored(toMap(next));
  };
  const duplicates = rows.map(([key], i) => key !== "" && rows.findIndex(([other]) => other === key) !== i);
  return (
    <Input.Wrapper id={fieldId(path)} label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <Stack gap={6} mt={6}>
        {rows.map(([key, value], index) => (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`${label} key ${index + 1}`}
              placeholder={keyPlaceholder}
              value={key}
              error={duplicates[index] ? "used twice: the last one wins" : undefined}
              onChange={(event) => write(rows.map((row, i) => (i === index ? [event.currentTarget.value, row[1]] : row)))}
              style={{ flex: 1 }}
              spellCheck={false}
            />
            <TextInput
              aria-label={`${label} value ${index + 1}`}
              placeholder={valuePlaceholder}
              value={value}
              onChange={(event) => write(rows.map((row, i) => (i === index ? [row[0], event.currentTarget.value] : row)))}
              style={{ flex: 1 }}
              spellCheck={false}
            />
            <ActionIcon mt={6} variant="subtle" color="red" aria-label={`Remove ${label.toLowerCase()} ${index + 1}`} onClick={() => write(rows.filter((_, i) => i !== index))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setRows([...rows, ["", ""]])} style={{ alignSelf: "flex-start" }}>
          Add entry
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
