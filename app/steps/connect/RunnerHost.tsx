// The exact value of _EXPERIMENTAL_DAGGER_RUNNER_HOST for a way in, with a copy button.
import { ActionIcon, Code, Group, Text, Tooltip } from "@mantine/core";
import { IconClipboardCopy } from "@tabler/icons-react";
import type { ConnectMethod } from "../../../src";
import { copyWithNotice } from "./copy-actions";

export function RunnerHost({ method }: { method: ConnectMethod }) {
  const label = `Copy the ${method.id} runner host`;
  return (
    <div>
      <Text size="xs" c="dimmed" ff="monospace">
        _EXPERIMENTAL_DAGGER_RUNNER_HOST
      </Text>
      <Group gap={6} wrap="nowrap" align="center">
        <Code style={{ overflowWrap: "anywhere", fontSize: 13 }} aria-label={`${method.id} runner host`}>
          {method.runnerHost}
        </Code>
        <Tooltip label={label}>
          <ActionIcon variant="subtle" aria-label={label} onClick={() => void copyWithNotice(method.runnerHost, `${method.id} runner host`, "Set it as the job's _EXPERIMENTAL_DAGGER_RUNNER_HOST.")}>
            <IconClipboardCopy size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </div>
  );
}
