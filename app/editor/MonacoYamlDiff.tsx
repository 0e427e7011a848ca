// Loaded only through React.lazy (LazyYaml.tsx): Monaco's diff editor, defaults on the left.
import { DiffEditor } from "@monaco-editor/react";
import "./monaco";
import { PlainYaml } from "./PlainYaml";
import { READ_ONLY_OPTIONS, type TYamlDiffProps } from "./view-options";

export default function MonacoYamlDiff({ original, modified, label, theme }: TYamlDiffProps) {
  return (
    <DiffEditor
      height="100%"
      language="yaml"
      original={original}
      modified={modified}
      originalModelPath="file:///dagger-helm/defaults/manifests.yaml"
      modifiedModelPath="file:///dagger-helm/current/manifests.yaml"
      theme={theme === "dark" ? "vs-dark" : "vs"}
      loading={<PlainYaml text={modified} label={label} />}
      options={{
        ...READ_ONLY_OPTIONS,
        ariaLabel: label,
        originalAriaLabel: `${label}: chart defaults`,
        renderSideBySide: false,
        hideUnchangedRegions: { enabled: true },
      }}
    />
  );
}
