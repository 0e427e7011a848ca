// Loaded only through React.lazy from CodeField: the one place the steps reach Monaco.
import { useComputedColorScheme } from "@mantine/core";
import Editor from "@monaco-editor/react";
// Points @monaco-editor/react at the bundled monaco-editor (never a CDN) and sets up its workers.
import "../editor/monaco";

export interface TMonacoCodeProps {
  value: string;
  onChange: (value: string) => void;
  language: string;
  label: string;
  height: number;
}

export default function MonacoCode({ value, onChange, language, label, height }: TMonacoCodeProps) {
  const scheme = useComputedColorScheme("light");
  return (
    <div style={{ border: "1px solid var(--mantine-color-default-border)", borderRadius: "var(--mantine-radius-sm)", overflow: "hidden" }}>
      <Editor
        height={height}
        language={language}
        value={value}
        theme={scheme === "dark" ? "vs-dark" : "light"}
        onChange={(next) => onChange(next ?? "")}
        loading={null}
        options={{
          ariaLabel: label,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 13,
          lineNumbers: "on",
          tabSize: 2,
          automaticLayout: true,
          wordWrap: "on",
        }}
      />
    </div>
  );
}
