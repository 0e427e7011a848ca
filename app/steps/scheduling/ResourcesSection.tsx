import { FormSection } from "../../fields/FormSection";
import { QuantityField } from "../../fields/QuantityField";
import { FieldGrid } from "../../fields/FieldGrid";

const CPU = [
  { value: "", label: "cores" },
  { value: "m", label: "millicores" },
];
const MEMORY = [
  { value: "Mi", label: "MiB" },
  { value: "Gi", label: "GiB" },
];

export function ResourcesSection() {
  return (
    <FormSection
      title="Requests and limits"
      description="Requests reserve capacity for the engine on its node; limits cap it. A memory limit that is too low kills builds mid-way; many operators set requests and leave the CPU limit empty."
    >
      <FieldGrid cols={4}>
        <QuantityField path="engine.resources.requests.cpu" label="CPU request" units={CPU} defaultUnit="" />
        <QuantityField path="engine.resources.requests.memory" label="Memory request" units={MEMORY} defaultUnit="Gi" />
        <QuantityField path="engine.resources.limits.cpu" label="CPU limit" units={CPU} defaultUnit="" />
        <QuantityField path="engine.resources.limits.memory" label="Memory limit" units={MEMORY} defaultUnit="Gi" />
      </FieldGrid>
    </FormSection>
  );
}
