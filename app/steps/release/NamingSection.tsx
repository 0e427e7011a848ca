import { SimpleGrid } from "@mantine/core";
import { FormSection } from "../../fields/FormSection";
import { KeyValueField } from "../../fields/KeyValueField";
import { TextField } from "../../fields/TextField";

/** Helm's naming overrides and the labels on every resource. */
export function NamingSection() {
  return (
    <FormSection title="Names and labels" description="Usually left empty: resource names are <release>-dagger-helm, or the release name alone when it already contains dagger-helm.">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField path="nameOverride" label="Name override" placeholder="dagger-helm" />
        <TextField path="fullnameOverride" label="Full name override" />
      </SimpleGrid>
      <KeyValueField path="labels" label="Labels on every resource" keyPlaceholder="team" valuePlaceholder="platform" />
    </FormSection>
  );
}
