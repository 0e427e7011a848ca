import { Text } from "@mantine/core";
import type { TEngine } from "../../../src";
import { FormSection } from "../../fields/FormSection";
import { KeyValueField } from "../../fields/KeyValueField";
import { RowList } from "../../fields/RowList";
import { StringListField } from "../../fields/StringListField";
import { TextField } from "../../fields/TextField";

type TEnvVar = NonNullable<TEngine["env"]>[number];

export function ArgsEnvSection() {
  return (
    <FormSection title="Arguments, environment and pod metadata">
      <StringListField path="engine.args" label="Arguments" itemLabel="Argument" placeholder="--debug" />
      <RowList<TEnvVar>
        path="engine.env"
        label="Environment variables"
        itemName="variable"
        newItem={() => ({ name: "", value: "" })}
        renderRow={(index, item) => (
          <>
            <TextField compact path={`engine.env[${index}].name`} label={`Variable ${index + 1} name`} rowLabel="Name" placeholder="NAME" />
            {item.valueFrom ? (
              <Text size="sm" c="dimmed" pt={6}>
                valueFrom (kept as loaded)
              </Text>
            ) : (
              <TextField compact path={`engine.env[${index}].value`} label={`Variable ${index + 1} value`} rowLabel="Value" placeholder="value" />
            )}
          </>
        )}
      />
      <KeyValueField path="engine.labels" label="Engine labels" />
      <KeyValueField path="engine.annotations" label="Engine pod annotations" />
    </FormSection>
  );
}
