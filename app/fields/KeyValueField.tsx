import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { memo, useCallback, useRef, type ReactNode } from "react";
import { deepEqual, isTable } from "../../src";
import { showValuesEditor } from "../preview/show-values";
import { useFocusNewRow } from "./focus-new-row";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useTypedRows, type TRowsShape, type TTypedRows } from "./typed-rows";
import type { ValuePath } from "../../src";

export interface TKeyValueFieldProps {
  path: ValuePath;
  label: string;
  description?: ReactNode;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
}

type Row = readonly [key: string, value: string];

/**
 * Rows shown as inputs. A larger map (an imported file of thousands of labels) is edited in
 * values.yaml: tens of thousands of inputs would take seconds to lay out on every change.
 */
const MAX_ROWS = 25;
const toMap = (rows: readonly Row[]) => Object.fromEntries(rows.filter(([key]) => key.trim() !== ""));

const MAP_ROWS: TRowsShape<Row> = {
  // A value that is no map (a scalar typed in values.yaml, which Helm refuses) has no rows.
  rowsOf: (stored) => (isTable(stored) ? Object.entries(stored as Record<string, string>) : []),
  storedOf: toMap,
  make: (rows, stored) => deepEqual(toMap(rows), stored ?? {}),
};

/**
 * A string map (labels, annotations, node selector). The rows are kept while the user types, so a
 * half-typed row (empty key, duplicate key) is not lost; the form holds the map they make.
 */
export function KeyValueField({ path, label, description, keyPlaceholder = "key", valuePlaceholder = "value" }: TKeyValueFieldProps) {
  const { entries, type, change } = useTypedRows(path, MAP_ROWS);
  const error = useFieldError(path, true);
  const { rowRef, focusRow } = useFocusNewRow();
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useCallback(
    (index: number) => {
      const left = change((rows) => rows.filter((_, i) => i !== index));
      if (left.length) focusRow(Math.min(index, left.length - 1), "last");
      else addButton.current?.focus();
    },
    [change, focusRow],
  );
  const shown = entries.slice(0, MAX_ROWS);
  // A shown row repeats a key only of a row above it, which is shown too.
  const firstRow = new Map<string, number>();
  shown.forEach(({ row: [key] }, i) => firstRow.has(key) || firstRow.set(key, i));
  return (
    <Input.Wrapper id={fieldId(path)} label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <Stack gap={6} mt={6}>
        {shown.map(({ id, row }, index) => (
          <KeyValueRow
            key={id}
            index={index}
            row={row}
            duplicate={row[0] !== "" && firstRow.get(row[0]) !== index}
            label={label}
            keyPlaceholder={keyPlaceholder}
            valuePlaceholder={valuePlaceholder}
            onType={type}
            onRemove={remove}
            rowRef={rowRef}
          />
        ))}
        {entries.length >= MAX_ROWS ? (
          <Text size="sm" c="dimmed">
            {entries.length > MAX_ROWS ? `And ${entries.length - MAX_ROWS} more entries, not shown here. ` : ""}
            More than {MAX_ROWS} entries are edited in the values.yaml tab.{" "}
            <Button variant="subtle" size="compact-sm" onClick={showValuesEditor}>
              Show values.yaml
            </Button>
          </Text>
        ) : (
          <Button ref={addButton} variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => {
              change((rows) => [...rows, ["", ""]], false);
              focusRow(entries.length);
            }} style={{ alignSelf: "flex-start" }}>
            Add entry
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}

interface TKeyValueRowProps {
  index: number;
  row: Row;
  duplicate: boolean;
  label: string;
  keyPlaceholder: string;
  valuePlaceholder: string;
  onType: TTypedRows<Row>["type"];
  onRemove: (index: number) => void;
  /** Stable: the row registers itself so that "Add entry" can focus it. */
  rowRef: (index: number) => (node: HTMLElement | null) => void;
}

/**
 * One entry; memoized, so that a change elsewhere in the form does not render every row again.
 * Its inputs are the browser's (typed-rows.ts): they start with the row, and keep what is typed.
 */
const KeyValueRow = memo(function KeyValueRow({ index, row, duplicate, label, keyPlaceholder, valuePlaceholder, onType, onRemove, rowRef }: TKeyValueRowProps) {
  const [key, value] = row;
  return (
    <Group ref={rowRef(index)} gap="xs" wrap="nowrap" align="flex-start">
      <TextInput
        aria-label={`${label} key ${index + 1}`}
        placeholder={keyPlaceholder}
        defaultValue={key}
        error={duplicate ? "used twice: the last one wins" : undefined}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          onType(index, ([, other]) => [typed, other]);
        }}
        style={{ flex: 1 }}
        spellCheck={false}
      />
      <TextInput
        aria-label={`${label} value ${index + 1}`}
        placeholder={valuePlaceholder}
        defaultValue={value}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          onType(index, ([other]) => [other, typed]);
        }}
        style={{ flex: 1 }}
        spellCheck={false}
      />
      <ActionIcon mt={6} variant="subtle" color="red" aria-label={`Remove ${label.toLowerCase()} ${index + 1}`} onClick={() => onRemove(index)}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
});
