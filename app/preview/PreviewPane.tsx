// The live preview beside the form: the user's values.yaml (editable: it is the wizard's state),
// the rendered manifests and what changes against the chart defaults. While the values or the
// release have problems the last valid manifests stay visible but are marked as out of date, so
// nothing stale passes for current. The magicache token is dotted out of every view until the
// user asks to see it. The preview follows the state deferred: a keystroke paints first. Each
// part reads the state it shows (the badge, the problems, each tab's view): a new reading
// re-renders those, not the tabs and their header (Mantine's Tabs re-render every tab and panel
// whenever they render).
import { Badge, Group, Tabs, Text, useComputedColorScheme } from "@mantine/core";
import { memo, useCallback, useDeferredValue, useEffect, useState, type ReactNode } from "react";
import { YamlView } from "../editor/LazyYaml";
import { ExportBar } from "../export/ExportBar";
import { useWizard, useWizardStore } from "../form/use-wizard";
import { ChangesPanel } from "./ChangesPanel";
import type { TDiffShown } from "./DiffChoice";
import classes from "./preview.module.css";
import { ProblemList } from "./ProblemList";
import { useShowChangesListener, useShowValuesListener } from "./show-values";
import { TokenToggle, useMaskedToken } from "./TokenToggle";
import { ValuesPanel } from "./ValuesPanel";

type TTab = "values" | "manifests" | "changes";

const Export = memo(ExportBar);

export function PreviewPane() {
  const store = useWizardStore();
  const theme = useComputedColorScheme("light");
  const [tab, setTab] = useState<TTab>("values");
  const [changesDiff, setChangesDiff] = useState<TDiffShown>("values");
  useShowValuesListener(useCallback(() => setTab("values"), []));
  useShowChangesListener(useCallback(() => setTab("changes"), []));
  // The changes view's texts are read only while it is open.
  useEffect(() => store.setViews({ changes: tab === "changes" }), [store, tab]);
  const masked = useMaskedToken();

  return (
    <section className={classes.pane} aria-label="Preview">
      <Tabs value={tab} onChange={(next) => setTab((next as TTab | null) ?? "values")} className={classes.tabs} keepMounted={false}>
        {/* Wraps on a phone: the tabs and the live badge keep their full width on two rows rather than being cut. */}
        <Group justify="space-between" wrap="wrap" gap={0} className={classes.header}>
          <Tabs.List>
            <Tabs.Tab value="values">values.yaml</Tabs.Tab>
            <Tabs.Tab value="manifests">manifests</Tabs.Tab>
            <Tabs.Tab value="changes">changes</Tabs.Tab>
          </Tabs.List>
          <Group gap="xs" wrap="nowrap">
            <TokenToggle />
            <PreviewBadge />
          </Group>
        </Group>
        <PreviewProblems tab={tab} />
        <div className={classes.body}>
          <Tabs.Panel value="values" className={classes.panel}>
            <ValuesPanel theme={theme} masked={masked} />
          </Tabs.Panel>
          <Tabs.Panel value="manifests" className={classes.panel}>
            <ManifestsTab theme={theme} />
          </Tabs.Panel>
          <Tabs.Panel value="changes" className={classes.panel}>
            <ChangesTab theme={theme} diff={changesDiff} onDiff={setChangesDiff} />
          </Tabs.Panel>
        </div>
      </Tabs>
      <Export />
    </section>
  );
}

/** The preview as the views show it: deferred, so that a keystroke paints first. */
function usePreview() {
  const preview = useDeferredValue(useWizard((state) => state.preview));
  return { preview, shown: preview.lastGood, stale: preview.ready && !preview.current };
}

/** "live" only once the first reading has come back: before it, nothing shown is of the values yet. */
function PreviewBadge() {
  const { preview, stale } = usePreview();
  if (stale) {
    return (
      <Badge color="red" variant="light" aria-live="polite">
        out of date
      </Badge>
    );
  }
  return (
    <Badge color={preview.ready ? "teal" : "gray"} variant="light" aria-live="polite">
      {preview.ready ? "live" : "rendering"}
    </Badge>
  );
}

function PreviewProblems({ tab }: { tab: TTab }) {
  const { preview, shown, stale } = usePreview();
  if (!stale) return null;
  return (
    <div className={classes.problems}>
      <ProblemList problems={preview.problems} />
      {shown && (
        <Text size="xs" c="dimmed" mt={6}>
          {tab === "values"
            ? "The manifests and changes tabs keep the last valid output, marked out of date."
            : "Below: the last valid output, from before the change that caused these problems. It is not what the form holds now."}
        </Text>
      )}
    </div>
  );
}

/** A tab's view of the last valid output, greyed and outlined while it is out of date. */
function StaleFrame({ stale, children }: { stale: boolean; children: ReactNode }) {
  return (
    <div className={stale ? `${classes.panel} ${classes.stale}` : classes.panel} data-stale={stale || undefined}>
      {children}
    </div>
  );
}

function ManifestsTab({ theme }: { theme: "light" | "dark" }) {
  const { shown, stale } = usePreview();
  return (
    <StaleFrame stale={stale}>
      <YamlView text={shown?.manifestsText ?? ""} label={stale ? "manifests (out of date)" : "manifests"} theme={theme} />
    </StaleFrame>
  );
}

function ChangesTab({ theme, diff, onDiff }: { theme: "light" | "dark"; diff: TDiffShown; onDiff: (diff: TDiffShown) => void }) {
  const { shown, stale } = usePreview();
  return (
    <StaleFrame stale={stale}>
      <ChangesPanel shown={shown} stale={stale} theme={theme} diff={diff} onDiff={onDiff} />
    </StaleFrame>
  );
}
