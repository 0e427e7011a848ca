// The changes tab: what the user's values change against the chart's defaults, as two diffs: the
// values Helm's templates see, and the manifests they render.
import { Text } from "@mantine/core";
import { useMemo } from "react";
import { YamlDiffView } from "../editor/LazyYaml";
import classes from "./preview.module.css";
import type { TPreviewTexts } from "./use-preview";
import { useRenderer } from "./use-renderer";

const VALUES_PATHS = { original: "file:///dagger-helm/changes/values.defaults.yaml", modified: "file:///dagger-helm/changes/values.current.yaml" };
const MANIFESTS_PATHS = { original: "file:///dagger-helm/changes/manifests.defaults.yaml", modified: "file:///dagger-helm/changes/manifests.current.yaml" };

export function ChangesPanel({ shown, stale, theme, masked }: { shown: TPreviewTexts | undefined; stale: boolean; theme: "light" | "dark"; masked?: string }) {
  const renderer = useRenderer();
  const valuesText = useMemo(() => {
    if (!shown || !renderer) return "";
    // Read-only: the token can simply be dotted out of the text shown.
    return renderer.coalescedValuesText(masked ? renderer.maskedValues(shown.values, masked) : shown.values);
  }, [shown, renderer, masked]);
  const suffix = stale ? " (out of date)" : "";
  return (
    <div className={classes.changes}>
      <section className={classes.diff} aria-label={`Values against the chart defaults${suffix}`}>
        <Text size="xs" fw={600} px="sm" py={4} className={classes.hint}>
          Values: yours (with the defaults you did not change) against the chart's defaults
        </Text>
        <YamlDiffView original={renderer?.defaultValuesText() ?? ""} modified={valuesText} label={`values against the defaults${suffix}`} theme={theme} modelPaths={VALUES_PATHS} />
      </section>
      <section className={classes.diff} aria-label={`Manifests against the defaults${suffix}`}>
        <Text size="xs" fw={600} px="sm" py={4} className={classes.hint}>
          Manifests: rendered from your values against those of the chart's defaults
        </Text>
        <YamlDiffView original={shown?.defaultsText ?? ""} modified={shown?.manifestsText ?? ""} label={`manifests against the defaults${suffix}`} theme={theme} modelPaths={MANIFESTS_PATHS} />
      </section>
    </div>
  );
}
