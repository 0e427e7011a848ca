// Loaded only through React.lazy (ChangesPanel.tsx): the changes tab in upgrade mode. It compares
// the current settings with what runs (the deployed release the user gave): the upgrade check's
// verdicts, most serious first, then the values and the manifests as diffs. The values worker
// computes all of it (upgrade-reading.ts) while this tab is open.
import { Alert, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { IconGitCompare, IconX } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import type { UpgradeReading } from "../../src";
import { YamlDiffView } from "../editor/LazyYaml";
import { useWizard, useWizardStore } from "../form/use-wizard";
import { DiffChoice, type TDiffShown } from "../preview/DiffChoice";
import classes from "./upgrade.module.css";
import { VerdictItem } from "./VerdictItem";

const DeployedDialog = lazy(() => import("./DeployedDialog"));

const VALUES_PATHS = { original: "file:///dagger-helm/upgrade/values.deployed.yaml", modified: "file:///dagger-helm/upgrade/values.current.yaml" };
const MANIFESTS_PATHS = { original: "file:///dagger-helm/upgrade/manifests.deployed.yaml", modified: "file:///dagger-helm/upgrade/manifests.next.yaml" };

type TOk = Extract<UpgradeReading, { ok: true }>;

const HEADLINE_COLORS = { 0: "teal", 2: "red", 3: "orange" } as const;

function Verdicts({ reading }: { reading: TOk }) {
  const lost = new Set(reading.verdicts.filter((verdict) => verdict.severity === "cache-lost").map((verdict) => `${verdict.kind}/${verdict.name}`));
  return (
    <Stack gap="xs">
      <Alert color={HEADLINE_COLORS[reading.exitCode]} variant="light" p="xs" aria-label="Upgrade verdict">
        <Text size="sm" fw={600}>
          {reading.headline.replace(/ \(exit \d\)\.$/, ".")}
        </Text>
      </Alert>
      {reading.verdicts.length > 0 ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label="What helm upgrade does">
          {reading.verdicts.map((verdict) => (
            <VerdictItem verdict={verdict} cacheKept={!lost.has(`${verdict.kind}/${verdict.name}`)} key={`${verdict.severity}:${verdict.kind}:${verdict.name}:${verdict.field}`} />
          ))}
        </Stack>
      ) : (
        <Text size="sm">Nothing that runs changes: the engines keep running as they are.</Text>
      )}
    </Stack>
  );
}

function Problem({ reading }: { reading: Exclude<UpgradeReading, { ok: true }> }) {
  if (reading.cause === "deployed") {
    return (
      <Alert color="red" variant="light" title="What runs cannot be read" role="alert">
        <pre className={classes.message}>{reading.message}</pre>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title="No comparison until your values render" role="alert">
      {reading.problems.map((problem) => (
        <Text size="sm" key={`${problem.path}:${problem.message}`}>
          {problem.path ? `${problem.path}: ` : ""}
          {problem.message}
        </Text>
      ))}
    </Alert>
  );
}

/** `diff` is the preview's choice, shared with the defaults' view and kept across tab switches. */
export default function UpgradeChanges({ theme, stale, diff, onDiff }: { theme: "light" | "dark"; stale: boolean; diff: TDiffShown; onDiff: (diff: TDiffShown) => void }) {
  const store = useWizardStore();
  const deployed = useWizard((state) => state.deployed);
  const upgrade = useWizard((state) => state.upgrade);
  const [replacing, setReplacing] = useState(false);
  const reading = upgrade?.reading;
  const ok = reading?.ok ? reading : undefined;
  // Whether what runs came as values (then their diff is a choice), as the last reading that
  // rendered said: while the values do not render, the choice and the diff chosen stay in place.
  const [valuesBaseline, setValuesBaseline] = useState(false);
  const hasValuesDiff = ok ? ok.deployedValues !== undefined : valuesBaseline;
  if (hasValuesDiff !== valuesBaseline) setValuesBaseline(hasValuesDiff);
  const shownDiff = hasValuesDiff ? diff : "manifests";
  const suffix = stale ? " (out of date)" : "";

  return (
    <div className={classes.panel}>
      <section className={classes.report} aria-label={`Upgrade check${suffix}`}>
        <Group justify="space-between" gap="xs" wrap="wrap" mb={6}>
          <Group gap="xs" wrap="wrap">
            <Badge color="grape" variant="filled" leftSection={<IconGitCompare size={12} aria-hidden />}>
              Upgrade mode
            </Badge>
            <Text size="xs" fw={600}>
              Comparing with what runs{ok ? `: release "${ok.release}" in namespace ${ok.namespace}` : ""}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" onClick={() => setReplacing(true)}>
              Replace what runs…
            </Button>
            <Button size="compact-xs" variant="light" color="gray" leftSection={<IconX size={12} aria-hidden />} onClick={() => store.setDeployed(undefined)}>
              Leave upgrade mode
            </Button>
          </Group>
        </Group>
        <Text size="xs" c="dimmed" mb={6}>
          Before: {ok ? ok.baseline.description : deployed?.name}. After: this chart with your current values. The diffs below show the same.
          {ok?.releaseNote ? ` ${ok.releaseNote}` : ""}
        </Text>
        {!reading && <Text size="sm">Comparing…</Text>}
        {reading && !reading.ok && <Problem reading={reading} />}
        {ok && <Verdicts reading={ok} />}
        {ok?.baseline.notes.map((note) => (
          <Text size="xs" c="dimmed" mt={6} key={note}>
            {note}
          </Text>
        ))}
      </section>
      <section className={classes.diff} aria-label={`${shownDiff === "values" ? "Values" : "Manifests"}: deployed against current${suffix}`}>
        <Group justify="space-between" gap="xs" px="sm" py={4} className={classes.bar} wrap="wrap">
          <Text size="xs" fw={600}>
            {shownDiff === "values" ? "Values: deployed (left) against yours (right)" : "Manifests: deployed (left) against what helm upgrade applies (right)"}
          </Text>
          {hasValuesDiff && <DiffChoice value={diff} onChange={onDiff} />}
        </Group>
        {shownDiff === "values" ? (
          <YamlDiffView key="values" originalLabel="deployed" original={ok?.deployedValues ?? ""} modified={ok?.currentValues ?? ""} label={`values: deployed against current${suffix}`} theme={theme} modelPaths={VALUES_PATHS} />
        ) : (
          <YamlDiffView key="manifests" originalLabel="deployed" original={ok?.deployedManifests ?? ""} modified={ok?.nextManifests ?? ""} label={`manifests: deployed against next${suffix}`} theme={theme} modelPaths={MANIFESTS_PATHS} />
        )}
      </section>
      {replacing && (
        <Suspense fallback={null}>
          <DeployedDialog onClose={() => setReplacing(false)} />
        </Suspense>
      )}
    </div>
  );
}
