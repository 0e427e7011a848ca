// The live preview beside the form: the exported values.yaml, the rendered manifests and what
// changes against the chart defaults. While the form has problems the last valid text stays
// visible but is marked as out of date, so nothing stale passes for current.
import { Badge, Group, Tabs, Text, useComputedColorScheme } from "@mantine/core";
import { useState } from "react";
import { YamlDiffView, YamlView } from "../editor/LazyYaml";
import { ExportBar } from "../export/ExportBar";
import classes from "./preview.module.css";
import { ProblemList } from "./ProblemList";
import { usePreview } from "./use-preview";

type TTab = "values" | "manifests" | "changes";

export function PreviewPane() {
  const preview = usePreview();
  const theme = useComputedColorScheme("light");
  const [tab, setTab] = useState<TTab>("values");
  const shown = preview.lastGood;
  const stale = !preview.current;

  return (
    <section className={classes.pane} aria-label="Preview">
      <Tabs value={tab} onChange={(next) => setTab((next as TTab | null) ?? "values")} className={classes.tabs} keepMounted={false}>
        <Group justify="space-between" wrap="nowrap" className={classes.header}>
          <Tabs.List>
            <Tabs.Tab value="values">values.yaml</Tabs.Tab>
            <Tabs.Tab value="manifests">manifests</Tabs.Tab>
            <Tabs.Tab value="changes">changes</Tabs.Tab>
          </Tabs.List>
          {stale ? (
            <Badge color="red" variant="light" aria-live="polite">
              out of date
            </Badge>
          ) : (
            <Badge color="teal" variant="light" aria-live="polite">
              live
            </Badge>
          )}
        </Group>
        {stale && (
          <div className={classes.problems}>
            <ProblemList problems={preview.problems} />
            {shown && (
              <Text size="xs" c="dimmed" mt={6}>
                Below: the last valid output, from before the change that caused these problems. It is not what the form holds now.
              </Text>
            )}
          </div>
        )}
        <div className={stale ? `${classes.body} ${classes.stale}` : classes.body} data-stale={stale || undefined}>
          <Tabs.Panel value="values" className={classes.panel}>
            {!stale && shown?.valuesText === "{}\n" && (
              <Text size="xs" c="dimmed" px="sm" py={4} className={classes.hint}>
                Every value is at the chart's default, so values.yaml is empty: installing without one gives the same result.
              </Text>
            )}
            <YamlView text={shown?.valuesText ?? ""} label={stale ? "values.yaml (out of date)" : "values.yaml"} theme={theme} isValuesFile />
          </Tabs.Panel>
          <Tabs.Panel value="manifests" className={classes.panel}>
            <YamlView text={shown?.manifestsText ?? ""} label={stale ? "manifests (out of date)" : "manifests"} theme={theme} />
          </Tabs.Panel>
          <Tabs.Panel value="changes" className={classes.panel}>
            <YamlDiffView
              original={shown?.defaultsText ?? ""}
              modified={shown?.manifestsText ?? ""}
              label={stale ? "changes against the defaults (out of date)" : "changes against the defaults"}
              theme={theme}
            />
          </Tabs.Panel>
        </div>
      </Tabs>
      <ExportBar />
    </section>
  );
}
