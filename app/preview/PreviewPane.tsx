// The live preview beside the form: the user's values.yaml (editable: it is the wizard's state),
// the rendered manifests and what changes against the chart defaults. While the values or the
// release have problems the last valid manifests stay visible but are marked as out of date, so
// nothing stale passes for current. The magicache token is dotted out of every view until the
// user asks to see it. The preview follows the state deferred: a keystroke paints first.
import { Badge, Group, Tabs, Text, useComputedColorScheme } from "@mantine/core";
import { memo, useCallback, useDeferredValue, useEffect, useState } from "react";
import { YamlView } from "../editor/LazyYaml";
import { ExportBar } from "../export/ExportBar";
import { useWizard, useWizardStore } from "../form/use-wizard";
import { ChangesPanel } from "./ChangesPanel";
import classes from "./preview.module.css";
import { ProblemList } from "./ProblemList";
import { useShowChangesListener, useShowValuesListener } from "./show-values";
import { TokenToggle, useMaskedToken } from "./TokenToggle";
import { ValuesPanel } from "./ValuesPanel";

type TTab = "values" | "manifests" | "changes";

const Export = memo(ExportBar);

export function PreviewPane() {
  const store = useWizardStore();
  const preview = useDeferredValue(useWizard((state) => state.preview));
  const theme = useComputedColorScheme("light");
  const [tab, setTab] = useState<TTab>("values");
  useShowValuesListener(useCallback(() => setTab("values"), []));
  useShowChangesListener(useCallback(() => setTab("changes"), []));
  // The changes view's texts are read only while it is open.
  useEffect(() => store.setViews({ changes: tab === "changes" }), [store, tab]);
  const shown = preview.lastGood;
  const stale = preview.ready && !preview.current;
  const staleClass = stale ? `${classes.panel} ${classes.stale}` : classes.panel;
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
            {/* "live" only once the first reading has come back: before it, nothing shown is of the values yet. */}
            {stale ? (
              <Badge color="red" variant="light" aria-live="polite">
                out of date
              </Badge>
            ) : preview.ready ? (
              <Badge color="teal" variant="light" aria-live="polite">
                live
              </Badge>
            ) : (
              <Badge color="gray" variant="light" aria-live="polite">
                rendering
              </Badge>
            )}
          </Group>
        </Group>
        {stale && (
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
        )}
        <div className={classes.body}>
          <Tabs.Panel value="values" className={classes.panel}>
            <ValuesPanel theme={theme} masked={masked} />
          </Tabs.Panel>
          <Tabs.Panel value="manifests" className={staleClass} data-stale={(stale && tab === "manifests") || undefined}>
            <YamlView text={shown?.manifestsText ?? ""} label={stale ? "manifests (out of date)" : "manifests"} theme={theme} />
          </Tabs.Panel>
          <Tabs.Panel value="changes" className={staleClass} data-stale={(stale && tab === "changes") || undefined}>
            <ChangesPanel shown={shown} stale={stale} theme={theme} />
          </Tabs.Panel>
        </div>
      </Tabs>
      <Export />
    </section>
  );
}
