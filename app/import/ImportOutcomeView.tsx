// What the core made of a values file: what it understood, the blocks a parent chart's values
// offer, or what is wrong and where (the current values are untouched then). Which chart and
// release the file was written for is MigrationPanel's part.
import { Alert, Button, Group, List, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import type { TImportOutcome } from "../worker/import-reading";
import { positionText } from "../../src";

export function ImportOutcomeView({ outcome, onBlock }: { outcome: TImportOutcome; onBlock: (key: string) => void }) {
  if (outcome.kind === "error") {
    const where = positionText(outcome.position);
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="This cannot be imported" aria-label="Import error">
        {where ? `At ${where}: ` : ""}
        {outcome.message}. Your current values are unchanged.
      </Alert>
    );
  }
  if (outcome.kind === "parent") {
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title="A parent chart's values" aria-label="Parent chart values">
        <Text size="sm">The engine's values are under one key of this file. Import that block (with its comments):</Text>
        <Group gap="xs" mt="xs">
          {outcome.candidates.map((key) => (
            <Button key={key} size="xs" variant="light" onClick={() => onBlock(key)}>
              Use the {key}: block
            </Button>
          ))}
        </Group>
      </Alert>
    );
  }
  const unknown = outcome.unknownKeys;
  const refused = outcome.problems;
  const doubt = unknown.length > 0 || refused.length > 0;
  return (
    <Alert
      color={doubt ? "orange" : "teal"}
      variant="light"
      icon={doubt ? <IconAlertTriangle aria-hidden /> : <IconCircleCheck aria-hidden />}
      title={
        unknown.length
          ? "Understood, except keys the chart does not know"
          : refused.length
            ? "Understood, but the chart refuses some of these values"
            : "Understood: every key is one the chart reads"
      }
      aria-label="What the import understood"
    >
      <List size="sm" spacing={4}>
        <List.Item>
          {outcome.aliases.length ? `Aliases the chart reads: ${outcome.aliases.join("; ")}.` : "No aliases: every key is the chart's own name."}
        </List.Item>
        {outcome.notes.map((note) => (
          <List.Item key={note}>Note: {note}.</List.Item>
        ))}
        {unknown.length ? (
          <List.Item>
            {unknown.length === 1 ? "1 key the chart does not know" : `${unknown.length} keys the chart does not know`}; they stay in values.yaml until you
            remove them, and Helm will refuse them under the chart's schema:
            <List size="sm" withPadding>
              {unknown.map((key) => (
                <List.Item key={key.path}>
                  {key.path}
                  {key.suggestion ? ` (did you mean ${key.suggestion}?)` : ""}
                </List.Item>
              ))}
            </List>
          </List.Item>
        ) : (
          <List.Item>Every key is one the chart knows.</List.Item>
        )}
        {refused.length > 0 && (
          <List.Item>
            {refused.length === 1 ? "1 value the chart refuses" : `${refused.length} values the chart refuses`}: Helm will not install them as they are.
            Import keeps the file as written, and the wizard shows each problem at its field for you to fix:
            <List size="sm" withPadding>
              {refused.map((problem) => (
                <List.Item key={problem.path + problem.message}>{problem.message}</List.Item>
              ))}
            </List>
          </List.Item>
        )}
      </List>
    </Alert>
  );
}
