import { Input, Textarea } from "@mantine/core";
import { Component, lazy, Suspense, type ReactNode } from "react";
import { fieldHelp } from "./field-help";
import { fieldId } from "./field-path";
import { TabKeysHint } from "../editor/TabKeysHint";
import { useFieldError } from "./problems";
import { useWizard } from "../form/use-wizard";
import { useValue } from "./use-value";
import type { ValuePath } from "../../src";

// Monaco is a separate chunk: the plain text area shows while it loads, and stays if it fails.
const MonacoCode = lazy(() => import("./MonacoCode"));

class EditorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export interface TCodeFieldProps {
  path: ValuePath;
  label: string;
  language: "ini" | "json";
  description?: ReactNode;
  height?: number;
}

/** A text value (engine.toml, engine.json) in Monaco, with a text area while Monaco loads or if it cannot. */
export function CodeField({ path, label, language, description, height = 220 }: TCodeFieldProps) {
  const [value, setValue] = useValue<string | undefined>(path);
  const error = useFieldError(path);
  const readOnly = useWizard((state) => Boolean(state.syntaxError));
  const text = value ?? "";
  const plain = (
    <Textarea
      aria-label={label}
      value={text}
      onChange={(event) => setValue(event.currentTarget.value)}
      minRows={8}
      autosize
      maxRows={16}
      spellCheck={false}
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
    />
  );
  return (
    <Input.Wrapper label={label} labelElement="div" description={description ?? fieldHelp(path, label)} error={error}>
      <div id={fieldId(path)} style={{ marginTop: 6 }}>
        <EditorBoundary fallback={plain}>
          <Suspense fallback={plain}>
            <MonacoCode value={text} onChange={(next) => setValue(next)} language={language} label={label} height={height} readOnly={readOnly} />
          </Suspense>
        </EditorBoundary>
      </div>
      <TabKeysHint />
    </Input.Wrapper>
  );
}
