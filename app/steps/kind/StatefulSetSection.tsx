import { FormSection } from "../../fields/FormSection";
import { NumberField } from "../../fields/NumberField";
import { SelectField } from "../../fields/SelectField";
import { WarningList } from "../../fields/WarningList";
import { FieldGrid } from "../../fields/FieldGrid";
import { TextField } from "../../fields/TextField";

export function StatefulSetSection() {
  return (
    <FormSection title="StatefulSet" description="How many engines run, and how Kubernetes starts and stops them. The pod management policy and the governing Service cannot change after install.">
      <FieldGrid cols={2}>
        <NumberField path="engine.statefulSet.replicas" label="Replicas" emptyValue={1} min={0} max={1000} />
        <SelectField
          path="engine.statefulSet.podManagementPolicy"
          label="Pod management policy"
          data={[
            { value: "Parallel", label: "Parallel (all at once)" },
            { value: "OrderedReady", label: "OrderedReady (one by one)" },
          ]}
        />
        <TextField path="engine.statefulSet.serviceName" label="Governing Service" placeholder="dagger-engine-service" />
      </FieldGrid>
      <WarningList prefixes={["engine.statefulSet.replicas"]} />
    </FormSection>
  );
}
