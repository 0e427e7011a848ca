// The changes tab: what the user's values change against the chart's defaults, as one of two diffs:
// the values Helm's templates see, or the manifests they render. The values worker writes both texts
// (the token dotted out unless shown) while this tab is open. In upgrade mode (the user gave what
// runs) the tab compares with the deployed release instead; that view and its dialog load then.
import { Button, Group, Text } from "@mantine/core";
import { IconGitCompare } from "@tabler/icons-react";
import { lazy, memo, Suspense, useCallback, useState } from "react";
import { YamlDiffView } from "../editor/LazyYaml";
import type { TPreviewTexts } from "../form/wizard-store";
import { useWizard } from "../form/use-wizard";
import { DiffChoice, type TDiffShown } from "./DiffChoice";
import classes from "./preview.module.css";

const UpgradeChanges = lazy(() => import("../upgrade/UpgradeChanges"));
const DeployedDialog = lazy(() => import("../upgrade/DeployedDialog"));

const VALUES_PATHS = { original: "file:///dagger-helm/changes/values.defaults.yaml", modified: "file:///dagger-helm/changes/values.current.yaml" };
const MANIFESTS_PATHS = { original: "file:///dagger-helm/changes/manifests.defaults.yaml", modified: "file:///dagger-helm/changes/manifests.current.yaml" };

interface TChangesProps {
  shown: TPreviewTexts | undefined;
  stale: boolean;
  theme: "light" | "dark";
  /** Kept by the preview, so that it stays as chosen when the user comes back to the tab. */
  diff: TDiffShown;
  onDiff: (diff: TDiffShown) => void;
}

export const ChangesPanel = memo(function ChangesPanel({ shown, stale, theme, diff, onDiff }: TChangesProps) {
  const deployed = useWizard((state) => state.deployed !== undefined);
  if (deployed) {
    return (
      <Suspense fallback={<Text size="sm" p="sm">Loading the upgrade check…</Text>}>
        <UpgradeChanges theme={theme} stale={stale} diff={diff} onDiff={onDiff} />
      </Suspense>
    );
  }
  return <DefaultsChanges shown={shown} stale={stale} theme={theme} diff={diff} onDiff={onDiff} />;
});

/**
 * The diff's choice and the way to upgrade mode. Memoized: the tab renders on every keystroke (twice,
 * as it reads the preview deferred), and this shows nothing that changes with the values.
 */
const DiffHeader = memo(function DiffHeader({ diff, onDiff, onCompare }: { diff: TDiffShown; onDiff: (diff: TDiffShown) => void; onCompare: () => void }) {
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" px="sm" py={4} className={classes.hint}>
      <Group gap="xs" wrap="wrap">
        <DiffChoice value={diff} onChange={onDiff} />
        <Text size="xs" fw={600}>
          {diff === "values" ? "Yours, unchanged defaults filled in, against the chart's" : "Rendered from yours against rendered from the defaults"}
        </Text>
      </Group>
      <Button size="compact-xs" variant="light" leftSection={<IconGitCompare size={14} aria-hidden />} onClick={onCompare}>
        Compare with what runs…
      </Button>
    </Group>
  );
});

function DefaultsChanges({ shown, stale, theme, diff, onDiff }: TChangesProps) {
  const changes = useWizard((state) => state.changes);
  const [comparing, setComparing] = useState(false);
  const compare = useCallback(() => setComparing(true), []);
  const suffix = stale ? " (out of date)" : "";
  return (
    <div className={classes.changes}>
      <section className={classes.diff} aria-label={`${diff === "values" ? "Values against the chart defaults" : "Manifests against the defaults"}${suffix}`}>
        <DiffHeader diff={diff} onDiff={onDiff} onCompare={compare} />
        {/* Each diff mounted afresh (keyed): its models are made for it. */}
        {diff === "values" ? (
          <YamlDiffView key="values" originalLabel="chart defaults" original={changes?.defaults ?? ""} modified={changes?.values ?? ""} label={`values against the defaults${suffix}`} theme={theme} modelPaths={VALUES_PATHS} />
        ) : (
          <YamlDiffView key="manifests" originalLabel="chart defaults" original={shown?.defaultsText ?? ""} modified={shown?.manifestsText ?? ""} label={`manifests against the defaults${suffix}`} theme={theme} modelPaths={MANIFESTS_PATHS} />
        )}
      </section>
      {comparing && (
        <Suspense fallback={null}>
          <DeployedDialog onClose={() => setComparing(false)} />
        </Suspense>
      )}
    </div>
  );
}
