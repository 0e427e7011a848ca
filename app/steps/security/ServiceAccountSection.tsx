import { Radio, Stack } from "@mantine/core";
import { fieldId } from "../../fields/field-path";
import { FormSection } from "../../fields/FormSection";
import { KeyValueField } from "../../fields/KeyValueField";
import { TextField } from "../../fields/TextField";
import { useValue } from "../../fields/use-value";

export function ServiceAccountSection() {
  const [create, setCreate] = useValue<boolean>("engine.newServiceAccount.create");
  return (
    <FormSection title="Service account" description="The identity the engine's pods run as; the Role below is bound to it.">
      <Radio.Group
        id={fieldId("engine.newServiceAccount.create")}
        label="Service account"
        value={create ? "create" : "existing"}
        onChange={(next) => setCreate(next === "create")}
      >
        <Stack gap={6} mt={6}>
          <Radio value="create" label="Create one for the engine" />
          <Radio value="existing" label="Use an existing one (or the namespace's default)" />
        </Stack>
      </Radio.Group>
      {create ? (
        <>
          <TextField path="engine.newServiceAccount.name" label="Service account name" placeholder="<fullname>" />
          <KeyValueField path="engine.newServiceAccount.annotations" label="Service account annotations" keyPlaceholder="eks.amazonaws.com/role-arn" valuePlaceholder="arn:aws:iam::…" />
        </>
      ) : (
        <TextField path="engine.existingServiceAccount.name" label="Existing service account" placeholder="default" />
      )}
    </FormSection>
  );
}
