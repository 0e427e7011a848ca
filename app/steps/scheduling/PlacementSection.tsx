import type { TEngine } from "../../../src";
import { FormSection } from "../../fields/FormSection";
import { KeyValueField } from "../../fields/KeyValueField";
import { NumberField } from "../../fields/NumberField";
import { RowList } from "../../fields/RowList";
import { SelectField } from "../../fields/SelectField";
import { TextField } from "../../fields/TextField";
import { YamlField } from "../../fields/YamlField";
import { FieldGrid } from "../../fields/FieldGrid";

type TToleration = NonNullable<TEngine["tolerations"]>[number];

export function PlacementSection() {
  return (
    <FormSection title="Placement" description="Which nodes run the engine.">
      <KeyValueField path="engine.nodeSelector" label="Node selector" keyPlaceholder="kubernetes.io/os" valuePlaceholder="linux" />
      <RowList<TToleration>
        path="engine.tolerations"
        label="Tolerations"
        itemName="toleration"
        columns={["Key", "Operator", "Value", "Effect", "Seconds"]}
        // Empty: a toleration someone else's cluster needs is not guessed (it would land in values.yaml as is).
        newItem={() => ({})}
        renderRow={(index, item) => {
          const base = `engine.tolerations[${index}]`;
          return (
            <>
              <TextField compact path={`${base}.key`} label={`Toleration ${index + 1} key`} placeholder="e.g. dedicated" emptyValue={undefined} />
              <SelectField compact path={`${base}.operator`} label={`Toleration ${index + 1} operator`} data={["Exists", "Equal"]} unsetLabel="Equal (default)" />
              <TextField
                compact
                path={`${base}.value`}
                label={`Toleration ${index + 1} value`}
                placeholder={item.operator === "Exists" ? "not used with Exists" : "e.g. dagger"}
                emptyValue={undefined}
                disabled={item.operator === "Exists"}
              />
              <SelectField compact path={`${base}.effect`} label={`Toleration ${index + 1} effect`} data={["NoSchedule", "PreferNoSchedule", "NoExecute"]} unsetLabel="Any effect" />
              <NumberField
                compact
                path={`${base}.tolerationSeconds`}
                label={`Toleration ${index + 1} seconds`}
                emptyValue={undefined}
                placeholder={item.effect === "NoExecute" ? "empty: forever" : "NoExecute only"}
                disabled={item.effect !== "NoExecute"}
              />
            </>
          );
        }}
      />
      <YamlField
        path="engine.affinity"
        label="Affinity (YAML)"
        shape="map"
        placeholder={"nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms:\n      - matchExpressions:\n          - { key: dagger, operator: Exists }"}
        minRows={5}
      />
      <FieldGrid cols={2}>
        <TextField path="engine.priorityClassName" label="Priority class" placeholder="none" />
        <TextField path="engine.runtimeClassName" label="Runtime class" placeholder="none" />
      </FieldGrid>
    </FormSection>
  );
}
