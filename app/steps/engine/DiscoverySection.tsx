import { FormSection } from "../../fields/FormSection";
import { NumberField } from "../../fields/NumberField";
import { SwitchField } from "../../fields/SwitchField";
import { TextField } from "../../fields/TextField";
import { useValue } from "../../fields/use-value";
import { WarningList } from "../../fields/WarningList";
import { FieldGrid } from "../../fields/FieldGrid";

export function DiscoverySection() {
  const [create] = useValue<boolean>("additionalResources.service.create");
  return (
    <FormSection title="Discovery service" description="A headless Service (no cluster IP) whose DNS name lists every engine pod, for runners that pick an engine themselves.">
      <SwitchField path="additionalResources.service.create" label="Create the headless discovery Service" />
      {create && (
        <FieldGrid cols={2}>
          <TextField path="additionalResources.service.name" label="Discovery Service name" />
          <NumberField path="additionalResources.service.port" label="Discovery Service port" emptyValue={8080} min={1} max={65535} />
        </FieldGrid>
      )}
      <WarningList prefixes={["additionalResources.service"]} />
    </FormSection>
  );
}
