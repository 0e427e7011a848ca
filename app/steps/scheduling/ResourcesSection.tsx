import { FormSection } from "../../fields/FormSection";
import { QuantityField } from "../../fields/QuantityField";
import { FieldGrid } from "../../fields/FieldGrid";

export function ResourcesSection() {
  return (
    <FormSection
      title="Requests and limits"
      description="Requests reserve capacity for the engine on its node; limits cap it. A memory limit that is too low kills builds mid-way; many operators set requests and leave the CPU limit empty."
    >
      <FieldGrid cols={2}>
        <QuantityField path="engine.resources.requests.cpu" label="CPU request" kind="cpu" />
        <QuantityField path="engine.resources.requests.memory" label="Memory request" kind="bytes" />
        <QuantityField path="engine.resources.limits.cpu" label="CPU limit" kind="cpu" />
        <QuantityField path="engine.resources.limits.memory" label="Memory limit" kind="bytes" />
      </FieldGrid>
    </FormSection>
  );
}
