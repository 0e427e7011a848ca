// Moving from dagger's chart or the fork: which chart and release the imported file was written
// for (detected from its keys, or chosen), what the migration pins, and what `helm upgrade`
// changes in the cluster. The migrated values are offered, never applied without a click.
import { Alert, Box, List, ScrollArea, Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconAlertTriangle, IconArrowsExchange, IconCircleCheck } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { detectUpstream, migrateValues, reportSections, UPSTREAM_TITLES, UPSTREAM_VERSIONS, type Migration, type UpstreamChart } from "../../src";
import type { Table } from "../../src";
import classes from "./import.module.css";

/** "this" keeps the file as written; "vendor@0.20.6" or "fork@0.4.1" migrates from that release. */
export type TWrittenFor = string;

const THIS_CHART = "this";

const chartTitle = (chart: UpstreamChart) => UPSTREAM_TITLES[chart].split(" (")[0] as string;

const OPTIONS = [
  { group: "This chart", items: [{ value: THIS_CHART, label: "this chart (dagger-helm): import as written" }] },
  ...(["vendor", "fork"] as const).map((chart) => ({
    group: chartTitle(chart),
    items: [...UPSTREAM_VERSIONS[chart]].reverse().map((version) => ({ value: `${chart}@${version}`, label: `${chartTitle(chart)} ${version}` })),
  })),
];

type TMigrated = { ok: true; migration: Migration } | { ok: false; message: string };

function migrate(text: string, writtenFor: TWrittenFor, release: { name: string; namespace: string }): TMigrated | undefined {
  if (writtenFor === THIS_CHART) return undefined;
  const [chart, version] = writtenFor.split("@") as [UpstreamChart, string];
  try {
    return { ok: true, migration: migrateValues(text, "values.yaml", { chart, version }, { releaseName: release.name, namespace: release.namespace }) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

const VERDICT_COLORS = { "in place": "teal", refused: "red", "not in place": "orange" } as const;

export function MigrationPanel({
  text,
  values,
  release,
  onMigrated,
}: {
  text: string;
  values: Table;
  release: { name: string; namespace: string };
  /** The migrated values.yaml to offer, or undefined when the file is imported as written. */
  onMigrated: (migration: Migration | undefined) => void;
}) {
  // Detection renders every upstream release: wait until the text stops changing.
  const [settled] = useDebouncedValue(text, 250);
  const detection = useMemo(() => (settled === text ? detectUpstream(values) : undefined), [settled, text, values]);
  const suggested = detection?.suggested ? `${detection.suggested.chart}@${detection.suggested.version}` : THIS_CHART;
  const [chosen, setChosen] = useState<TWrittenFor | undefined>(undefined);
  const writtenFor = chosen ?? suggested;
  const { name, namespace } = release;
  const migrated = useMemo(() => (detection ? migrate(text, writtenFor, { name, namespace }) : undefined), [detection, text, writtenFor, name, namespace]);
  useEffect(() => onMigrated(migrated?.ok ? migrated.migration : undefined), [migrated, onMigrated]);

  const sections = migrated?.ok ? reportSections(migrated.migration) : undefined;
  return (
    <Stack gap="xs" role="region" aria-label="Moving from dagger's chart or the fork" className={classes.migration}>
      <Select
        label="Written for"
        description={detection ? `Detected from its keys. ${detection.summary}` : "Reading the file's keys…"}
        data={OPTIONS}
        value={writtenFor}
        onChange={(next) => next && setChosen(next)}
        allowDeselect={false}
        searchable
        maxDropdownHeight={280}
        leftSection={<IconArrowsExchange size={16} aria-hidden />}
      />
      {migrated && !migrated.ok && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="No migration" aria-label="Migration error">
          {migrated.message}
        </Alert>
      )}
      {sections && (
        <>
          <Alert
            color={VERDICT_COLORS[sections.verdict.outcome]}
            variant="light"
            icon={sections.verdict.outcome === "in place" ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
            title={sections.verdict.headline}
          >
            {sections.verdict.detail && <Text size="sm">{sections.verdict.detail}</Text>}
            {sections.verdict.lines.length > 0 && (
              <List size="sm" spacing={4}>
                {sections.verdict.lines.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
            <Text size="sm" mt={sections.verdict.lines.length ? "xs" : 0}>
              {sections.valueChanges.length ? "The migrated values (comments kept) change:" : "The values need no change."}
            </Text>
            {sections.valueChanges.length > 0 && (
              <List size="sm" spacing={4} aria-label="Changes to the values">
                {sections.valueChanges.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
            {sections.notes.map((note) => (
              <Text key={note} size="sm" mt="xs">
                Note: {note}
              </Text>
            ))}
          </Alert>
          <Box component="details" aria-label="What changes in the cluster">
            <Text component="summary" size="sm" fw={600} className={classes.summary}>
              {sections.clusterHeading}
            </Text>
            {/* Focusable: the keyboard can scroll the report too. */}
            <ScrollArea.Autosize mah={260} mt="xs" viewportProps={{ tabIndex: 0, role: "region", "aria-label": sections.clusterHeading }}>
              <pre className={classes.report}>{sections.cluster.join("\n")}</pre>
            </ScrollArea.Autosize>
          </Box>
        </>
      )}
    </Stack>
  );
}
