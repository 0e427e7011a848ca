import { TextInput } from "@mantine/core";
import { useController } from "react-hook-form";
import { releaseNameProblem } from "../../../src/render/release-name";
import { fieldId } from "../../fields/field-path";
import type { WizardForm } from "../../form/types";
import { FieldGrid } from "../../fields/FieldGrid";

const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function namespaceProblem(namespace: string): string | undefined {
  if (!namespace) return "must not be empty";
  if (namespace.length > 63) return `is ${namespace.length} characters; Kubernetes allows at most 63`;
  if (!NAMESPACE.test(namespace)) return "must be lower-case letters, digits and '-', starting and ending with a letter or digit";
  return undefined;
}

/** The release: what `helm install <name> -n <namespace>` would be given. */
export function ReleaseSection() {
  const { field: name } = useController<WizardForm, "release.name">({ name: "release.name" });
  const { field: namespace } = useController<WizardForm, "release.namespace">({ name: "release.namespace" });
  return (
    <FieldGrid cols={2}>
      <TextInput
        id={fieldId("release.name")}
        label="Release name"
        description="helm install <release name>: starts the name of every resource. Lower-case letters, digits, '-' and '.', at most 53 characters."
        value={name.value}
        onChange={(event) => name.onChange(event.currentTarget.value)}
        onBlur={name.onBlur}
        error={releaseNameProblem(name.value)?.replace(/^release name: /, "")}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <TextInput
        id={fieldId("release.namespace")}
        label="Namespace"
        description="helm install -n <namespace>: every namespaced resource is created there."
        value={namespace.value}
        onChange={(event) => namespace.onChange(event.currentTarget.value)}
        onBlur={namespace.onBlur}
        error={namespaceProblem(namespace.value)}
        autoComplete="off"
        spellCheck={false}
        required
      />
    </FieldGrid>
  );
}
