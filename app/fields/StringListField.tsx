import { ActionIcon, Button, Group, Input, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { memo, useCallback, useRef, useState, type ReactNode } from "react";
import { deepEqual, isTable } from "../../src";
import { sameData, useWizard } from "../form/use-wizard";
import { fieldHelp } from "./field-help";
import { useFocusNewRow } from "./focus-new-row";
import { fieldId, type TListPath, type TNamedListPath } from "./field-path";
import { atField, problemsAt } from "./problems";
import { useTypedRows, type TRowsShape } from "./typed-rows";

interface TCommonProps {
  label: string;
  /** The label of one entry, for screen readers: "Argument 2". */
  itemLabel: string;
  description?: ReactNode;
  placeholder?: string;
}

/** How the list is stored: plain strings (args) or objects with a name (imagePullSecrets). */
export type TStringListFieldProps = TCommonProps & ({ path: TListPath; shape?: "strings" } | { path: TNamedListPath; shape: "names" });

// A value that is no list (a scalar typed in values.yaml, which Helm refuses) has no entries; an
// entry that is no string (a number typed in values.yaml) shows as one.
const itemOf = (item: unknown) => String((isTable(item) ? item.name : item) ?? "");
const itemsOf = (stored: unknown) => (Array.isArray(stored) ? stored.map(itemOf) : []);
const STRINGS: TRowsShape<string> = { rowsOf: itemsOf, storedOf: (items) => [...items], make: (items, stored) => deepEqual(items, itemsOf(stored)) };
const NAMES: TRowsShape<string> = { rowsOf: itemsOf, storedOf: (items) => items.map((name) => ({ name })), make: STRINGS.make };

/** An ordered list of strings, one input per entry (an argument may contain commas and spaces). */
export function StringListField(props: TStringListFieldProps) {
  const { path, label, itemLabel, description, placeholder, shape = "strings" } = props;
  const itemPath = (index: number) => (props.shape === "names" ? (`${props.path}[${index}].name` as const) : (`${props.path}[${index}]` as const));
  const { entries, type, change } = useTypedRows(path, shape === "names" ? NAMES : STRINGS);
  // Entries just added and not yet typed into or left: "must not be empty" would scold the user
  // for a row they have not had the chance to fill. Their problems show once they are touched.
  const [fresh, setFresh] = useState<ReadonlySet<number>>(() => new Set());
  const touch = useCallback((index: number) => setFresh((current) => (current.has(index) ? new Set([...current].filter((i) => i !== index)) : current)), []);
  const problems = useWizard((state) => problemsAt(state.lastGood?.problems ?? [], path, true), sameData, `${path}:list`);
  const shown = problems.filter((p) => ![...fresh].some((index) => p.path === `${path}[${index}]` || p.path.startsWith(`${path}[${index}]`)));
  const error = shown.length ? shown.map((p) => (p.path === path ? atField(path, p.message) : p.message)).join(" ") : undefined;
  const edit = useCallback(
    (index: number, text: string) => {
      touch(index);
      type(index, () => text);
    },
    [touch, type],
  );
  const { rowRef, focusRow } = useFocusNewRow();
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useCallback(
    (index: number) => {
      // The entries after it move up: what was fresh is no longer where it was.
      setFresh(new Set());
      const left = change((items) => items.filter((_, i) => i !== index));
      if (left.length) focusRow(Math.min(index, left.length - 1), "last");
      else addButton.current?.focus();
    },
    [change, focusRow],
  );
  return (
    <Input.Wrapper id={fieldId(path)} label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <Stack gap={6} mt={6}>
        {entries.map(({ id, row: item }, index) => (
          <ListEntry key={id} index={index} item={item} rowRef={rowRef} id={fieldId(itemPath(index))} itemLabel={itemLabel} placeholder={placeholder} onEdit={edit} onTouch={touch} onRemove={remove} />
        ))}
        <Button
          ref={addButton}
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            setFresh(new Set([...fresh, entries.length]));
            change((items) => [...items, ""]);
            focusRow(entries.length);
          }}
          style={{ alignSelf: "flex-start" }}
        >
          Add {itemLabel.toLowerCase()}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}

interface TListEntryProps {
  index: number;
  item: string;
  id: string;
  itemLabel: string;
  placeholder: string | undefined;
  onEdit: (index: number, text: string) => void;
  onTouch: (index: number) => void;
  onRemove: (index: number) => void;
  /** Stable: the entry registers itself, so that a removal can leave the keyboard in its place. */
  rowRef: (index: number) => (node: HTMLElement | null) => void;
}

/**
 * One entry; memoized, so that a key in another entry does not render this one again. Its input is
 * the browser's (typed-rows.ts): it starts with the entry, and keeps what is typed.
 */
const ListEntry = memo(function ListEntry({ index, item, id, itemLabel, placeholder, onEdit, onTouch, onRemove, rowRef }: TListEntryProps) {
  return (
    <Group ref={rowRef(index)} gap="xs" wrap="nowrap">
      <TextInput
        id={id}
        aria-label={`${itemLabel} ${index + 1}`}
        defaultValue={item}
        placeholder={placeholder}
        onChange={(event) => onEdit(index, event.currentTarget.value)}
        onBlur={() => onTouch(index)}
        style={{ flex: 1 }}
        spellCheck={false}
      />
      <ActionIcon variant="subtle" color="red" aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`} onClick={() => onRemove(index)}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
});
