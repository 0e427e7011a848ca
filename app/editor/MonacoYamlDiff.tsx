// Loaded only through React.lazy (LazyYaml.tsx): Monaco's diff editor, defaults on the left.
import { DiffEditor } from "@monaco-editor/react";
import "./monaco";
import { PlainYaml } from "./PlainYaml";
import { READ_ONLY_OPTIONS, type TYamlDiffProps } from "./view-options";

export default function MonacoYamlDiff({ original, modified, label, theme, modelPaths }: TYamlDiffProps) {
  return (
    <DiffEditor
      height="100%"
      language="yaml"
      original={original}
      modified={modified}
      originalModelPath={modelPaths.original}
      modifiedModelPath={modelPaths.modified}
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
