// A NOTES-style text of the core (the words Helm prints after install) as paragraphs and commands.
import { ActionIcon, Code, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconClipboardCopy } from "@tabler/icons-react";
import { copyWithNotice } from "./copy-actions";
import { textBlocks } from "./text-blocks";

export interface TNotesTextProps {
  text: string;
  /** Gives each command a copy button with this label (and notice). */
  copy?: { label: string; what: string; next: string };
}

export function NotesText({ text, copy }: TNotesTextProps) {
  return (
    <Stack gap={6}>
      {textBlocks(text).map((block, index) => {
        if (block.kind === "prose") {
          return (
            <Text key={index} size="sm">
              {block.text}
            </Text>
          );
        }
        // Commands keep their lines; a long one scrolls rather than breaking where a shell would not.
        const code = (
          <Code block tabIndex={0} style={{ whiteSpace: "pre", overflowX: "auto", flex: 1, minWidth: 0 }}>
            {block.text}
          </Code>
        );
        if (!copy) return <div key={index}>{code}</div>;
        return (
          <Group key={index} gap={6} wrap="nowrap" align="center">
            {code}
            <Tooltip label={copy.label}>
              <ActionIcon variant="subtle" aria-label={copy.label} onClick={() => void copyWithNotice(block.text, copy.what, copy.next)}>
                <IconClipboardCopy size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      })}
    </Stack>
  );
}
