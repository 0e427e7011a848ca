import { Alert, Anchor, Badge, Group, List, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from "@tabler/icons-react";
import { releaseNameProblem } from "../../../src";
import { useValuesCheck } from "../../fields/problems";
import { useWizard } from "../../form/use-wizard";
import { goToField } from "../navigation";
import { namespaceProblem } from "../release/ReleaseSection";
import { STEP_LABELS } from "../step-labels";
import { stepForPath } from "../step-ids";

interface TListed {
  path: string;
  message: string;
}

function ProblemLink({ item, kind }: { item: TListed; kind: "error" | "warning" }) {
  const step = STEP_LABELS[stepForPath(item.path)].label;
  return (
    <List.Item
      icon={
        <ThemeIcon color={kind === "error" ? "red" : "orange"} size={20} radius="xl" variant="light">
          {kind === "error" ? <IconCircleX size={14} /> : <IconAlertTriangle size={14} />}
        </ThemeIcon>
      }
    >
      <Text size="sm">{item.message}</Text>
      <Anchor component="button" type="button" size="sm" ta="left" display="block" onClick={() => goToField(item.path)}>
        Go to {item.path || "the values"} ({step} step)
      </Anchor>
    </List.Item>
  );
}

/** Every problem the core finds and every warning, each a link to its field. */
export function ProblemList() {
  const { errors, warnings } = useValuesCheck();
  const release = useWizard((state) => state.release);
  const releaseErrors: TListed[] = [];
  const nameProblem = releaseNameProblem(release.name);
  if (nameProblem) releaseErrors.push({ path: "release.name", message: nameProblem });
  const nsProblem = namespaceProblem(release.namespace);
  if (nsProblem) releaseErrors.push({ path: "release.namespace", message: `namespace: ${nsProblem}` });
  const allErrors = [...releaseErrors, ...errors];
  // A warning at a path that already has an error says the same thing less firmly.
  const shownWarnings = warnings.filter((w) => !allErrors.some((e) => e.path === w.path));

  if (!allErrors.length && !shownWarnings.length) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Ready to install">
        Helm accepts these values, and nothing in them looks risky.
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color={allErrors.length ? "red" : "gray"} variant="light">
          {allErrors.length} {allErrors.length === 1 ? "problem" : "problems"}
        </Badge>
        <Badge color={shownWarnings.length ? "orange" : "gray"} variant="light">
          {shownWarnings.length} {shownWarnings.length === 1 ? "warning" : "warnings"}
        </Badge>
      </Group>
      {allErrors.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={4}>
            Helm would refuse these values:
          </Text>
          <List spacing="xs" aria-label="Problems">
            {allErrors.map((item) => (
              <ProblemLink key={`${item.path}:${item.message}`} item={item} kind="error" />
            ))}
          </List>
        </div>
      )}
      {shownWarnings.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={4}>
            Helm accepts these, but check them:
          </Text>
          <List spacing="xs" aria-label="Warnings">
            {shownWarnings.map((item) => (
              <ProblemLink key={`${item.path}:${item.message}`} item={item} kind="warning" />
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
