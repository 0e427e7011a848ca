// Props and options shared by the lazy preview editors and their plain-text stand-ins.
import type { editor } from "monaco-editor";

export interface TYamlViewProps {
  text: string;
  /** The accessible name of the editor. */
  label: string;
  theme: "light" | "dark";
  /** The exported values.yaml (validated against the chart's schema), as opposed to manifests. */
  isValuesFile?: boolean;
}

export interface TYamlDiffProps {
  original: string;
  modified: string;
  label: string;
  theme: "light" | "dark";
}

export const READ_ONLY_OPTIONS: editor.IEditorOptions = {
  readOnly: true,
  domReadOnly: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 12,
  lineNumbersMinChars: 3,
  folding: true,
  renderLineHighlight: "none",
};
