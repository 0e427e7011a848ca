import { ActionIcon, Group, Paper, TagsInput, Text } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { fieldId } from "../../fields/field-path";
import { problemsAt } from "../../fields/problems";
import { sameData, useWizard } from "../../form/use-wizard";
import { FieldGrid } from "../../fields/FieldGrid";

export interface TPolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

// TagsInput cannot hold an empty tag; the core API group "" is shown as this token.
const CORE = '"" (core)';
const VERBS = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "*"];
const RESOURCES = ["pods", "pods/log", "pods/exec", "services", "configmaps", "secrets", "persistentvolumeclaims", "jobs", "deployments", "*"];

const LISTS = [
  { key: "apiGroups", label: "API groups", data: [CORE, "apps", "batch", "*"] },
  { key: "resources", label: "Resources", data: RESOURCES },
  { key: "verbs", label: "Verbs", data: VERBS },
] as const;

export function RuleRow({ index, rule, onChange, onRemove }: { index: number; rule: TPolicyRule; onChange: (rule: TPolicyRule) => void; onRemove: () => void }) {
  const base = `additionalResources.role.rules[${index}]` as const;
  // This row's messages only: the row re-renders when they change, not on every keystroke elsewhere.
  const messages = useWizard(
    (state) =>
      Object.fromEntries(
        LISTS.map(({ key }) => {
          const path = `${base}.${key}` as const;
          const error = problemsAt(state.lastGood?.problems ?? [], path, true).find((p) => p.path === path || p.path.startsWith(`${path}[`));
          const warning = state.lastGood?.warnings.find((w) => w.path === path);
          return [key, error?.message ?? (warning ? 'grants everything ("*")' : undefined)];
        }),
      ) as Record<string, string | undefined>,
    sameData,
    base,
  );
  const messageAt = (key: string) => messages[key];
  const write = (key: (typeof LISTS)[number]["key"], tags: string[]) => {
    const next = tags.map((tag) => (tag === CORE ? "" : tag.trim()));
    const { [key]: _old, ...rest } = rule;
    onChange(key === "verbs" || next.length ? ({ ...rest, [key]: next } as TPolicyRule) : (rest as TPolicyRule));
  };
  return (
    <Paper withBorder p="sm" radius="sm">
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          Rule {index + 1}
        </Text>
        <ActionIcon variant="subtle" color="red" aria-label={`Remove rule ${index + 1}`} onClick={onRemove}>
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      <FieldGrid cols={3}>
        {LISTS.map(({ key, label, data }) => (
          <TagsInput
            key={key}
            id={fieldId(`${base}.${key}`)}
            label={`${label} (rule ${index + 1})`}
            data={data}
            value={(rule[key] ?? []).map((tag) => (tag === "" ? CORE : tag))}
            onChange={(tags) => write(key, tags)}
            splitChars={[",", " "]}
            error={messageAt(key)}
            size="xs"
          />
        ))}
      </FieldGrid>
    </Paper>
  );
}
