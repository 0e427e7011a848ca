import { ActionIcon, Box, Button, Group, Input, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";

export interface TRowListProps<T> {
  path: string;
  label: string;
  /** One entry, for the add and remove buttons: "variable". */
  itemName: string;
  description?: ReactNode;
  newItem: () => T;
  /** The inputs of entry i, bound to paths like `${path}[i].name`. */
  renderRow: (index: number, item: T) => ReactNode;
  /** Visible column headings; renderRow then gives exactly one input per column. */
  columns?: string[];
}

/** A list of objects edited as rows of fields (env, container ports, tolerations). */
export function RowList<T>({ path, label, itemName, description, newItem, renderRow, columns }: TRowListProps<T>) {
  const [items, setItems] = useValue<T[] | undefined | null>(path);
  const list = items ?? [];
  const errors = useFieldError(path);
  // With headings, a fixed grid keeps each input under its heading; without, as many side by side as fit.
  const grid = columns ? `repeat(${columns.length}, minmax(0, 1fr))` : "repeat(auto-fit, minmax(120px, 1fr))";
  return (
    <Input.Wrapper id={fieldId(path)} label={label} labelElement="div" description={description ?? fieldHelp(path)} error={errors}>
      <Stack gap={6} mt={6}>
        {columns && list.length > 0 && (
          // The inputs carry their own names ("Toleration 1 key"); the headings are for the eye.
          <Group gap="xs" wrap="nowrap" aria-hidden>
            <Box style={{ flex: 1, display: "grid", gap: "var(--mantine-spacing-xs)", gridTemplateColumns: grid }}>
              {columns.map((column) => (
                <Text key={column} size="xs" fw={600}>
                  {column}
                </Text>
              ))}
            </Box>
            <Box w={28} />
          </Group>
        )}
        {list.map((item, index) => (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            {/* As many inputs side by side as the column has room for. */}
            <Box style={{ flex: 1, display: "grid", gap: "var(--mantine-spacing-xs)", gridTemplateColumns: grid }}>
              {renderRow(index, item)}
            </Box>
            <ActionIcon mt={6} variant="subtle" color="red" aria-label={`Remove ${itemName} ${index + 1}`} onClick={() => setItems(list.filter((_, i) => i !== index))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} style={{ alignSelf: "flex-start" }} onClick={() => setItems([...list, newItem()])}>
          Add {itemName}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
