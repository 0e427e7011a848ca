import { Badge, Code, Group, List, Paper, Stack, Text } from "@mantine/core";
import { podSecurityLevel, type PodSecurityLevel } from "../../../src";
import { checkedValuesOf } from "../../fields/problems";
import { sameData, useWizard } from "../../form/use-wizard";

const COLORS: Record<PodSecurityLevel, string> = { privileged: "red", baseline: "yellow", restricted: "teal" };

/** The Pod Security Standards level the engine's pods need, why, and the namespace label that admits them. */
export function PodSecurityBadge() {
  const verdict = useWizard((state) => podSecurityLevel(checkedValuesOf(state)), sameData);
  const reasons = verdict.level === "privileged" ? verdict.privileged : verdict.baseline;
  return (
    <Paper withBorder p="md" radius="md" aria-label="Pod Security Standards">
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={600}>Pod Security level needed:</Text>
          <Badge color={COLORS[verdict.level]} size="lg" variant="filled" data-testid="pod-security-level">
            {verdict.level}
          </Badge>
        </Group>
        <Text size="sm">
          Label the namespace so the API server admits the engine's pods: <Code>{verdict.namespaceLabel}</Code>
        </Text>
        {reasons.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              {verdict.level === "privileged" ? "Not baseline because" : "Not restricted because"}:
            </Text>
            <List size="sm" spacing={0}>
              {reasons.map((reason) => (
                <List.Item key={`${reason.path}:${reason.reason}`}>
                  {reason.reason} (<Code>{reason.path}</Code>)
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
