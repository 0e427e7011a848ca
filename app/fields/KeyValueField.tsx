import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { memo, useCallback, useState, type ReactNode } from "react";
import { deepEqual } from "../../src";
import { showValuesEditor } from "../preview/show-values";
import { useFocusNewRow } from "./focus-new-row";
import { useLastRendered } from "./last-rendered";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

export interface TKeyValueFieldProps {
  path: ValuePath;
  label: string;
  description?: ReactNode;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
}

type Row = [key: string, value: string];

/**
 * Rows shown as inputs. A larger map (an imported file of thousands of labels) is edited in
 * values.yaml: tens of thousands of inputs would take seconds to lay out on every change.
 */
const MAX_ROWS = 25;
const toMap = (rows: Row[]) => Object.fromEntries(rows.filter(([key]) => key.trim() !== ""));

type TStored = Record<string, string> | undefined | null;

/**
 * A string map (labels, annotations, node selector). The rows are kept while the user types, so a
 * half-typed row (empty key, duplicate key) is not lost; the form holds the map they make.
 */
export function KeyValueField({ path, label, description, keyPlaceholder = "key", valuePlaceholder = "value" }: TKeyValueFieldProps) {
  const [stored, setStored] = useValue<TStored>(path);
  // The rows, and the stored map they were last compared with.
  const [draft, setDraft] = useState<{ rows: Row[]; basis: TStored }>(() => ({ rows: Object.entries(stored ?? {}), basis: stored }));
  if (draft.basis !== stored) {
    // The map changed from outside (a preset, a reset, the values.yaml tab): show it.
    setDraft({ rows: deepEqual(toMap(draft.rows), stored ?? {}) ? draft.rows : Object.entries(stored ?? {}), basis: stored });
  }
  const { rows } = draft;
  const error = useFieldError(path, true);
  const { rowRef, focusRow } = useFocusNewRow();
  const write = useCallback(
    (next: Row[]) => {
      setDraft((current) => ({ ...current, rows: next }));
      setStored(toMap(next));
    },
    [setStored],
  );
  const latest = useLastRendered(rows);
  const edit = useCallback((index: number, row: Row) => write(latest.current.map((other, i) => (i === index ? row : other))), [latest, write]);
  const remove = useCallback((index: number) => write(latest.current.filter((_, i) => i !== index)), [latest, write]);
  const shown = rows.slice(0, MAX_ROWS);
  // A shown row repeats a key only of a row above it, which is shown too.
  const firstRow = new Map<string, number>();
  shown.forEach(([key], i) => firstRow.has(key) || firstRow.set(key, i));
  return (
    <Input.Wrapper id={fieldId(path)} label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <Stack gap={6} mt={6}>
        {shown.map((row, index) => (
          <KeyValueRow
            key={index}
            index={index}
            row={row}
            duplicate={row[0] !== "" && firstRow.get(row[0]) !== index}
            label={label}
            keyPlaceholder={keyPlaceholder}
            valuePlaceholder={valuePlaceholder}
            onEdit={edit}
            onRemove={remove}
            rowRef={rowRef}
          />
        ))}
        {rows.length >= MAX_ROWS ? (
          <Text size="sm" c="dimmed">
            {rows.length > MAX_ROWS ? `And ${rows.length - MAX_ROWS} more entries, not shown here. ` : ""}
            More than {MAX_ROWS} entries are edited in the values.yaml tab.{" "}
            <Button variant="subtle" size="compact-sm" onClick={showValuesEditor}>
              Show values.yaml
            </Button>
          </Text>
        ) : (
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => {
              setDraft((current) => ({ ...current, rows: [...current.rows, ["", ""]] }));
              focusRow(rows.length);
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
  onEdit: (index: number, row: Row) => void;
  onRemove: (index: number) => void;
  /** Stable: the row registers itself so that "Add entry" can focus it. */
  rowRef: (index: number) => (node: HTMLElement | null) => void;
}

/** One entry; memoized, so that a change elsewhere in the form does not render every row again. */
const KeyValueRow = memo(function KeyValueRow({ index, row, duplicate, label, keyPlaceholder, valuePlaceholder, onEdit, onRemove, rowRef }: TKeyValueRowProps) {
  const [key, value] = row;
  return (
    <Group ref={rowRef(index)} gap="xs" wrap="nowrap" align="flex-start">
      <TextInput
        aria-label={`${label} key ${index + 1}`}
        placeholder={keyPlaceholder}
        value={key}
        error={duplicate ? "used twice: the last one wins" : undefined}
        onChange={(event) => onEdit(index, [event.currentTarget.value, value])}
        style={{ flex: 1 }}
        spellCheck={false}
      />
      <TextInput
        aria-label={`${label} value ${index + 1}`}
        placeholder={valuePlaceholder}
        value={value}
        onChange={(event) => onEdit(index, [key, event.currentTarget.value])}
        style={{ flex: 1 }}
        spellCheck={false}
      />
      <ActionIcon mt={6} variant="subtle" color="red" aria-label={`Remove ${label.toLowerCase()} ${index + 1}`} onClick={() => onRemove(index)}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
});
