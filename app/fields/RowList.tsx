import { ActionIcon, Box, Button, Group, Input, Stack } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { useFocusNewRow } from "./focus-new-row";
import { useFieldError } from "./problems";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

export interface TRowListProps<T> {
  path: ValuePath;
  label: string;
  /** One entry, for the add and remove buttons: "variable". */
  itemName: string;
  description?: ReactNode;
  newItem: () => T;
  /** The inputs of entry i, bound to paths like `${path}[i].name`. */
  renderRow: (index: number, item: T) => ReactNode;
}

/** A list of objects edited as rows of fields (env, container ports, tolerations). */
export function RowList<T>({ path, label, itemName, description, newItem, renderRow }: TRowListProps<T>) {
  const [items, setItems] = useValue<T[] | undefined | null>(path);
  const list = items ?? [];
  const errors = useFieldError(path);
  const { rowRef, focusRow } = useFocusNewRow();
  return (
    <Input.Wrapper id={fieldId(path)} label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={errors}>
      <Stack gap={6} mt={6}>
        {list.map((item, index) => (
          <Group key={index} ref={rowRef(index)} gap="xs" wrap="nowrap" align="flex-end" role="group" aria-label={`${itemName[0]?.toUpperCase()}${itemName.slice(1)} ${index + 1}`}>
            {/* As many inputs side by side as the column has room for; 160px keeps a choice such as
                "PreferNoSchedule" whole. Each input has its own short label, so a row that wraps on a
                phone is still labelled. */}
            <Box style={{ flex: 1, display: "grid", gap: "var(--mantine-spacing-xs)", gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))" }}>
              {renderRow(index, item)}
            </Box>
            <ActionIcon mb={4} variant="subtle" color="red" aria-label={`Remove ${itemName} ${index + 1}`} onClick={() => setItems(list.filter((_, i) => i !== index))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} style={{ alignSelf: "flex-start" }} onClick={() => {
            setItems([...list, newItem()]);
            focusRow(list.length);
          }}
        >
          Add {itemName}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
