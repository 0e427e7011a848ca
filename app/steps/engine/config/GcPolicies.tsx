// engine.json's GC policies: the engine's own policies replaced by these, in order.
import { ActionIcon, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { GcPolicyFields } from "../../../../src";
import { FieldGrid } from "../../../fields/FieldGrid";
import { settingId, useEngineJson } from "./engine-json-state";
import { useSweepKey } from "./GcSettings";
import { CheckSetting, ListSetting, SizeSetting, useSettingError } from "./inputs";

function PolicyCard({ index }: { index: number }) {
  const { set, editable } = useEngineJson();
  const sweep = useSweepKey();
  const path = ["gc", "policies", index];
  return (
    <Paper withBorder p="sm" radius="sm" id={settingId(path)}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            Policy {index + 1}
          </Text>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove policy ${index + 1}`} onClick={() => set(path, undefined)} disabled={!editable}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
        <CheckSetting path={[...path, "all"]} label="All records, shared and internal ones too" />
        <ListSetting path={[...path, "filters"]} label={`Policy ${index + 1} filters`} placeholder="type==source.local" description="BuildKit filters; a record must match all of them." />
        <FieldGrid cols={2}>
          <SizeSetting path={[...path, "keepDuration"]} label={`Policy ${index + 1} keep duration`} placeholder="48h" description="Records used more recently than this stay." />
          <SizeSetting path={[...path, "maxUsedSpace"]} label={`Policy ${index + 1} max used space`} />
          <SizeSetting path={[...path, "minFreeSpace"]} label={`Policy ${index + 1} min free space`} />
          <SizeSetting path={[...path, "reservedSpace"]} label={`Policy ${index + 1} reserved space`} />
          {sweep && <SizeSetting path={[...path, sweep]} label={`Policy ${index + 1} ${sweep === "sweep" ? "sweep" : "sweep size"}`} />}
        </FieldGrid>
      </Stack>
    </Paper>
  );
}

export function GcPolicies() {
  const { fields, set, editable } = useEngineJson();
  const policies: GcPolicyFields[] = fields.gc?.policies ?? [];
  const error = useSettingError(["gc", "policies"]);
  return (
    <Stack gap="xs" id={settingId(["gc", "policies"])}>
      <Text size="sm" fw={500}>
        Policies
      </Text>
      <Text size="xs" c="dimmed">
        None: the engine's default policies apply, sized by the limits above. Any: they replace the defaults, in order.
      </Text>
      {error && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
      {policies.map((_, index) => (
        <PolicyCard key={index} index={index} />
      ))}
      <Group>
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} disabled={!editable} onClick={() => set(["gc", "policies", policies.length], { keepDuration: "48h" })}>
          Add policy
        </Button>
      </Group>
    </Stack>
  );
}
