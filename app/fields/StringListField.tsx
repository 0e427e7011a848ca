import { ActionIcon, Button, Group, Input, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";

export interface TStringListFieldProps {
  path: string;
  label: string;
  /** The label of one entry, for screen readers: "Argument 2". */
  itemLabel: string;
  description?: ReactNode;
  placeholder?: string;
  /** How the list is stored: plain strings (args) or objects with a name (imagePullSecrets). */
  shape?: "strings" | "names";
}

type Stored = string[] | { name: string }[] | undefined | null;

/** An ordered list of strings, one input per entry (an argument may contain commas and spaces). */
export function StringListField({ path, label, itemLabel, description, placeholder, shape = "strings" }: TStringListFieldProps) {
  const [stored, setStored] = useValue<Stored>(path);
  const error = useFieldError(path, true);
  const items = (stored ?? []).map((item) => (typeof item === "string" ? item : item.name));
  const write = (next: string[]) => setStored(shape === "names" ? next.map((name) => ({ name })) : next);
  const id = fieldId(path);
  return (
    <Input.Wrapper id={id} label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <Stack gap={6} mt={6}>
        {items.map((item, index) => (
          <Group key={index} gap="xs" wrap="nowrap">
            <TextInput
              id={fieldId(`${path}[${index}]${shape === "names" ? ".name" : ""}`)}
              aria-label={`${itemLabel} ${index + 1}`}
              value={item}
              placeholder={placeholder}
              onChange={(event) => write(items.map((old, i) => (i === index ? event.currentTarget.value : old)))}
              style={{ flex: 1 }}
              spellCheck={false}
            />
            <ActionIcon variant="subtle" color="red" aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`} onClick={() => write(items.filter((_, i) => i !== index))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => write([...items, ""])} style={{ alignSelf: "flex-start" }}>
          Add {itemLabel.toLowerCase()}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
