// engine.json's garbage collector: its switch, the limits for the whole cache, the dagql cache
// limits where the engine has them, and its policies.
import { Stack, Text } from "@mantine/core";
import { DISK_SPACE_HELP } from "../../../../src";
import { FieldGrid } from "../../../fields/FieldGrid";
import { useEngineJson } from "./engine-json-state";
import { GcPolicies } from "./GcPolicies";
import { SizeSetting, TriStateSetting } from "./inputs";

/** The sweep setting's name in the engine in use: sweepSize since v0.18.11, sweep before (from v0.18.9). */
export function useSweepKey(): "sweepSize" | "sweep" | undefined {
  const { features } = useEngineJson();
  return features.gcSweepSize ? "sweepSize" : features.gcSweep ? "sweep" : undefined;
}

export function GcSettings() {
  const { features, fields } = useEngineJson();
  const sweep = useSweepKey();
  const dagql = features.dagqlCache || fields.gc?.dagqlCache !== undefined;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" title={DISK_SPACE_HELP}>
        Sizes: bytes, a size with a unit (512MB, 10GiB: units are binary) or a percentage of the disk (10%). Empty or 0: the engine&apos;s default.
      </Text>
      <TriStateSetting path={["gc", "enabled"]} label="Enabled" defaultText="on" description="false: the cache is never freed and grows until the disk is full." />
      <FieldGrid cols={2}>
        <SizeSetting path={["gc", "maxUsedSpace"]} label="Max used space" placeholder="default: 75%" description="The cache is pruned when it grows beyond this." />
        <SizeSetting path={["gc", "minFreeSpace"]} label="Min free space" placeholder="default: 20%" description="The cache is pruned when less disk than this is free." />
        <SizeSetting path={["gc", "reservedSpace"]} label="Reserved space" placeholder="default: 10%, at most 10GB" description="Cache the garbage collector never frees." />
        {sweep && <SizeSetting path={["gc", sweep]} label={sweep === "sweep" ? "Sweep (sweepSize from v0.18.11)" : "Sweep size"} description="How much one pass frees at least." />}
      </FieldGrid>
      {dagql && (
        <FieldGrid cols={2}>
          <SizeSetting path={["gc", "dagqlCache", "maxEstimatedBytes"]} label="dagql cache: max estimated bytes" description="Whole bytes. Engines v1.0.0-beta.10 and later." />
          <SizeSetting path={["gc", "dagqlCache", "targetEstimatedBytes"]} label="dagql cache: target estimated bytes" description="Whole bytes: what a prune brings it down to." />
        </FieldGrid>
      )}
      <GcPolicies />
    </Stack>
  );
}
