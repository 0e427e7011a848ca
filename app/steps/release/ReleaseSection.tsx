import { TextInput } from "@mantine/core";
import { releaseNameProblem } from "../../../src";
import { fieldId } from "../../fields/field-path";
import { FieldGrid } from "../../fields/FieldGrid";
import { useTypedInput } from "../../fields/use-value";
import { afterTyping } from "../../form/field-writes";
import { useWizard, useWizardStore } from "../../form/use-wizard";

const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function namespaceProblem(namespace: string): string | undefined {
  if (!namespace) return "must not be empty";
  if (namespace.length > 63) return `is ${namespace.length} characters; Kubernetes allows at most 63`;
  if (!NAMESPACE.test(namespace)) return "must be lower-case letters, digits and '-', starting and ending with a letter or digit";
  return undefined;
}

const FIELDS = {
  name: {
    label: "Release name",
    description: "helm install <release name>: starts the name of every resource. Lower-case letters, digits, '-' and '.', at most 53 characters.",
    problem: (value: string) => releaseNameProblem(value)?.replace(/^release name: /, ""),
  },
  namespace: {
    label: "Namespace",
    description: "helm install -n <namespace>: every namespaced resource is created there.",
    problem: namespaceProblem,
  },
} as const;

/**
 * One of the release's two fields. A keystroke renders nothing: the input shows what was typed,
 * and the release changes after the frame that shows it (then this field and the preview follow).
 */
function ReleaseField({ part }: { part: keyof typeof FIELDS }) {
  const store = useWizardStore();
  const value = useWizard((state) => state.release[part], Object.is, part);
  const { label, description, problem } = FIELDS[part];
  const key = `release.${part}` as const;
  const input = useTypedInput(key, value, (text) => afterTyping(key, () => store.setRelease({ ...store.getState().release, [part]: text })));
  return (
    <TextInput
      id={fieldId(key)}
      label={label}
      description={description}
      {...input}
      error={problem(value)}
      autoComplete="off"
      spellCheck={false}
      required
    />
  );
}

/** The release: what `helm install <name> -n <namespace>` would be given. */
export function ReleaseSection() {
  return (
    <FieldGrid cols={2}>
      <ReleaseField part="name" />
      <ReleaseField part="namespace" />
    </FieldGrid>
  );
}
