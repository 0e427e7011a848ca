import { FormSection } from "../../fields/FormSection";
import { KeyValueField } from "../../fields/KeyValueField";
import { TextField } from "../../fields/TextField";
import { FieldGrid } from "../../fields/FieldGrid";

/** Helm's naming overrides and the labels on every resource. */
export function NamingSection() {
  return (
    <FormSection title="Names and labels" description="Usually left empty: resource names are <release>-dagger-helm, or the release name alone when it already contains dagger-helm.">
      <FieldGrid cols={2}>
        <TextField path="nameOverride" label="Name override" placeholder="dagger-helm" />
        <TextField path="fullnameOverride" label="Full name override" />
      </FieldGrid>
      <KeyValueField path="labels" label="Labels on every resource" keyPlaceholder="team" valuePlaceholder="platform" />
    </FormSection>
  );
}
