import { FormSection } from "../../fields/FormSection";
import { NumberField } from "../../fields/NumberField";
import { SelectField } from "../../fields/SelectField";
import { TriStateField } from "../../fields/TriStateField";
import { FieldGrid } from "../../fields/FieldGrid";

const POD = "engine.securityContext";

export function PodContextSection() {
  return (
    <FormSection title="Pod security context" description="Applies to every container of the engine's pods. Empty fields are left to Kubernetes.">
      <FieldGrid cols={3}>
        <TriStateField path={`${POD}.runAsNonRoot`} label="Run as non-root" />
        <NumberField path={`${POD}.runAsUser`} label="Run as user" emptyValue={undefined} max={2147483647} placeholder="image default" />
        <NumberField path={`${POD}.runAsGroup`} label="Run as group" emptyValue={undefined} max={2147483647} placeholder="image default" />
        <NumberField path={`${POD}.fsGroup`} label="Volume group (fsGroup)" emptyValue={undefined} max={2147483647} placeholder="none" />
        <SelectField
          path={`${POD}.fsGroupChangePolicy`}
          label="Volume ownership change"
          unsetLabel="Not set (Always)"
          data={[
            { value: "OnRootMismatch", label: "OnRootMismatch" },
            { value: "Always", label: "Always (slow for a large cache)" },
          ]}
        />
      </FieldGrid>
    </FormSection>
  );
}
