// One way into the engine: the runner host to set, the NOTES text that explains it, what to watch
// out for, and its snippets.
import { Alert, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { ConnectMethod } from "../../../src";
import { FormSection } from "../../fields/FormSection";
import { NotesText } from "./NotesText";
import { RunnerHost } from "./RunnerHost";
import { SnippetBlock } from "./SnippetBlock";

export interface TMethodSectionProps {
  method: ConnectMethod;
  /** Fields under the warnings (which ask for them), always in this one place: a field that moved while typed into would lose focus. */
  fields?: ReactNode;
  children?: ReactNode;
}

export function MethodSection({ method, fields, children }: TMethodSectionProps) {
  return (
    <FormSection title={method.title}>
      <RunnerHost method={method} />
      <NotesText text={method.text} />
      {method.warnings.length > 0 && (
        <Stack gap="xs">
          {method.warnings.map((warning) => (
            <Alert key={warning} color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" styles={{ message: { overflowWrap: "anywhere" } }}>
              {warning}
            </Alert>
          ))}
        </Stack>
      )}
      {fields}
      {method.snippets.map((snippet) => (
        <SnippetBlock key={snippet.id} snippet={snippet} />
      ))}
      {children}
    </FormSection>
  );
}
