// The changes tab: what the user's values change against the chart's defaults, as one of two diffs:
// the values Helm's templates see, or the manifests they render. The values worker writes both texts
// (the token dotted out unless shown) while this tab is open. In upgrade mode (the user gave what
// runs) the tab compares with the deployed release instead; that view and its dialog load then.
import { Button, Group, SegmentedControl, Text } from "@mantine/core";
import { IconGitCompare } from "@tabler/icons-react";
import { lazy, memo, Suspense, useState } from "react";
import { YamlDiffView } from "../editor/LazyYaml";
import type { TPreviewTexts } from "../form/wizard-store";
import { useWizard } from "../form/use-wizard";
import classes from "./preview.module.css";

const UpgradeChanges = lazy(() => import("../upgrade/UpgradeChanges"));
const DeployedDialog = lazy(() => import("../upgrade/DeployedDialog"));

const VALUES_PATHS = { original: "file:///dagger-helm/changes/values.defaults.yaml", modified: "file:///dagger-helm/changes/values.current.yaml" };
const MANIFESTS_PATHS = { original: "file:///dagger-helm/changes/manifests.defaults.yaml", modified: "file:///dagger-helm/changes/manifests.current.yaml" };

/** Which diff the changes view shows against the defaults. */
export type TChangesDiff = "values" | "manifests";

const DIFFS = [
  { value: "values", label: "values" },
  { value: "manifests", label: "manifests" },
];

interface TDefaultsChangesProps {
  shown: TPreviewTexts | undefined;
  stale: boolean;
  theme: "light" | "dark";
  /** Kept by the preview, so that it stays as chosen when the user comes back to the tab. */
  diff: TChangesDiff;
  onDiff: (diff: TChangesDiff) => void;
}

export const ChangesPanel = memo(function ChangesPanel({ shown, stale, theme, diff, onDiff }: TDefaultsChangesProps) {
  const deployed = useWizard((state) => state.deployed !== undefined);
  if (deployed) {
    return (
      <Suspense fallback={<Text size="sm" p="sm">Loading the upgrade check…</Text>}>
        <UpgradeChanges theme={theme} stale={stale} />
      </Suspense>
    );
  }
  return <DefaultsChanges shown={shown} stale={stale} theme={theme} diff={diff} onDiff={onDiff} />;
});

function DefaultsChanges({ shown, stale, theme, diff, onDiff }: TDefaultsChangesProps) {
  const changes = useWizard((state) => state.changes);
  const [comparing, setComparing] = useState(false);
  const suffix = stale ? " (out of date)" : "";
  return (
    <div className={classes.changes}>
      <section className={classes.diff} aria-label={`${diff === "values" ? "Values against the chart defaults" : "Manifests against the defaults"}${suffix}`}>
        <Group justify="space-between" wrap="wrap" gap="xs" px="sm" py={4} className={classes.hint}>
          <Group gap="xs" wrap="wrap">
            <SegmentedControl size="xs" value={diff} onChange={(next) => onDiff(next as TChangesDiff)} data={DIFFS} aria-label="Diff of" />
            <Text size="xs" fw={600}>
              {diff === "values" ? "Yours, unchanged defaults filled in, against the chart's" : "Rendered from yours against rendered from the defaults"}
            </Text>
          </Group>
          <Button size="compact-xs" variant="light" leftSection={<IconGitCompare size={14} aria-hidden />} onClick={() => setComparing(true)}>
            Compare with what runs…
          </Button>
        </Group>
        {/* One diff at a time, each mounted afresh: two live diff editors cost every keystroke twice (at 4x CPU, the preview's p95 halved with one). */}
        {diff === "values" ? (
          <YamlDiffView key="values" original={changes?.defaults ?? ""} modified={changes?.values ?? ""} label={`values against the defaults${suffix}`} theme={theme} modelPaths={VALUES_PATHS} />
        ) : (
          <YamlDiffView key="manifests" original={shown?.defaultsText ?? ""} modified={shown?.manifestsText ?? ""} label={`manifests against the defaults${suffix}`} theme={theme} modelPaths={MANIFESTS_PATHS} />
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
