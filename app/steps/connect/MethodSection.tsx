// One way into the engine: the runner host to set, the NOTES text that explains it, what to watch
// out for, and its snippets.
import { Alert, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { Fragment, type ReactNode } from "react";
import type { ConnectMethod } from "../../../src";
import { FormSection } from "../../fields/FormSection";
import { NotesText } from "./NotesText";
import { RunnerHost } from "./RunnerHost";
import { SnippetBlock } from "./SnippetBlock";

export interface TMethodSectionProps {
  method: ConnectMethod;
  /** Fields shown just before one snippet (the account before its RBAC), or after all when it is absent. */
  fields?: { before: string; node: ReactNode };
  children?: ReactNode;
}

export function MethodSection({ method, fields, children }: TMethodSectionProps) {
  const placed = Boolean(fields && method.snippets.some((snippet) => snippet.id === fields.before));
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
      {method.snippets.map((snippet) => (
        <Fragment key={snippet.id}>
          {fields?.before === snippet.id && fields.node}
          <SnippetBlock snippet={snippet} />
        </Fragment>
      ))}
      {!placed && fields?.node}
      {children}
    </FormSection>
  );
}
