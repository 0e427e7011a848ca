// Says, beside a code editor, how the keyboard gets out of it, and lets the user choose Tab to
// indent instead (tab-keys.ts). Optionally a link past the editor to what follows it.
import { Button, Group, Switch, Text } from "@mantine/core";
import { memo } from "react";
import { useTabIndents } from "./tab-keys";

// Memoized: it sits beside editors whose panels re-render on every keystroke, and shows nothing of theirs.
export const TabKeysHint = memo(function TabKeysHint({ skip }: { skip?: { label: string; to: () => void } }) {
  const [tabIndents, setTabIndents] = useTabIndents();
  return (
    <Group gap="xs" justify="space-between" wrap="wrap" px="sm" py={4}>
      <Text size="xs" c="dimmed">
        {tabIndents ? "Tab indents; Esc leaves the editor." : "Tab and Shift+Tab move to the next field; Esc leaves the editor."}
      </Text>
      <Group gap="xs" wrap="nowrap">
        {skip && (
          <Button variant="subtle" size="compact-xs" onClick={skip.to}>
            {skip.label}
          </Button>
        )}
        <Switch size="xs" label="Tab indents (Ctrl+M)" checked={tabIndents} onChange={(event) => setTabIndents(event.currentTarget.checked)} />
      </Group>
    </Group>
  );
});
