// Loaded only through React.lazy (LazyYaml.tsx): a read-only Monaco editor over preview text.
import Editor from "@monaco-editor/react";
import "./monaco";
import { PlainYaml } from "./PlainYaml";
import { READ_ONLY_OPTIONS, type TYamlViewProps } from "./view-options";

export default function MonacoYamlView({ text, label, theme }: TYamlViewProps) {
  return (
    <Editor
      height="100%"
      language="yaml"
      path="file:///dagger-helm/manifests.yaml"
      value={text}
      theme={theme === "dark" ? "vs-dark" : "vs"}
      loading={<PlainYaml text={text} label={label} />}
      options={{ ...READ_ONLY_OPTIONS, ariaLabel: label }}
    />
  );
}
