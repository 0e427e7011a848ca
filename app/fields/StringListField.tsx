import { ActionIcon, Button, Group, Input, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { memo, useCallback, useState, type ReactNode } from "react";
import { sameData, useWizard } from "../form/use-wizard";
import { fieldHelp } from "./field-help";
import { useLastRendered } from "./last-rendered";
import { fieldId, type TListPath, type TNamedListPath } from "./field-path";
import { atField, problemsAt } from "./problems";
import { useValue } from "./use-value";

interface TCommonProps {
  label: string;
  /** The label of one entry, for screen readers: "Argument 2". */
  itemLabel: string;
  description?: ReactNode;
  placeholder?: string;
}

/** How the list is stored: plain strings (args) or objects with a name (imagePullSecrets). */
export type TStringListFieldProps = TCommonProps & ({ path: TListPath; shape?: "strings" } | { path: TNamedListPath; shape: "names" });

type Stored = string[] | { name: string }[] | undefined | null;

/** An ordered list of strings, one input per entry (an argument may contain commas and spaces). */
export function StringListField(props: TStringListFieldProps) {
  const { path, label, itemLabel, description, placeholder, shape = "strings" } = props;
  const itemPath = (index: number) => (props.shape === "names" ? (`${props.path}[${index}].name` as const) : (`${props.path}[${index}]` as const));
  const [stored, setStored] = useValue<Stored>(path);
  // Entries just added and not yet typed into or left: "must not be empty" would scold the user
  // for a row they have not had the chance to fill. Their problems show once they are touched.
  const [fresh, setFresh] = useState<ReadonlySet<number>>(() => new Set());
  const touch = useCallback((index: number) => setFresh((current) => (current.has(index) ? new Set([...current].filter((i) => i !== index)) : current)), []);
  const problems = useWizard((state) => problemsAt(state.lastGood?.problems ?? [], path, true), sameData, `${path}:list`);
  const shown = problems.filter((p) => ![...fresh].some((index) => p.path === `${path}[${index}]` || p.path.startsWith(`${path}[${index}]`)));
  const error = shown.length ? shown.map((p) => (p.path === path ? atField(path, p.message) : p.message)).join(" ") : undefined;
  const items = (stored ?? []).map((item) => (typeof item === "string" ? item : item.name));
  const write = useCallback((next: string[]) => setStored(shape === "names" ? next.map((name) => ({ name })) : next), [setStored, shape]);
  const latest = useLastRendered(items);
  const edit = useCallback(
    (index: number, text: string) => {
      touch(index);
      write(latest.current.map((old, i) => (i === index ? text : old)));
    },
    [latest, touch, write],
  );
  const remove = useCallback(
    (index: number) => {
      // The entries after it move up: what was fresh is no longer where it was.
      setFresh(new Set());
      write(latest.current.filter((_, i) => i !== index));
    },
    [latest, write],
  );
  return (
    <Input.Wrapper id={fieldId(path)} label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <Stack gap={6} mt={6}>
        {items.map((item, index) => (
          <ListEntry key={index} index={index} item={item} id={fieldId(itemPath(index))} itemLabel={itemLabel} placeholder={placeholder} onEdit={edit} onTouch={touch} onRemove={remove} />
        ))}
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            setFresh(new Set([...fresh, items.length]));
            write([...items, ""]);
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
}

/** One entry; memoized, so that a key in another entry does not render this one again. */
const ListEntry = memo(function ListEntry({ index, item, id, itemLabel, placeholder, onEdit, onTouch, onRemove }: TListEntryProps) {
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        id={id}
        aria-label={`${itemLabel} ${index + 1}`}
        value={item}
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
