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
        // Empty: a toleration someone else's cluster needs is not guessed (it would land in values.yaml as is).
        newItem={() => ({})}
        renderRow={(index, item) => {
          const base = `engine.tolerations[${index}]` as const;
          return (
            <>
              <TextField compact path={`${base}.key`} label={`Toleration ${index + 1} key`} rowLabel="Key" placeholder="e.g. dedicated" emptyValue={undefined} />
              <SelectField compact path={`${base}.operator`} label={`Toleration ${index + 1} operator`} rowLabel="Operator" data={["Exists", "Equal"]} unsetLabel="Equal (default)" />
              {item.operator !== "Exists" && <TextField compact path={`${base}.value`} label={`Toleration ${index + 1} value`} rowLabel="Value" placeholder="e.g. dagger" emptyValue={undefined} />}
              <SelectField compact path={`${base}.effect`} label={`Toleration ${index + 1} effect`} rowLabel="Effect" data={["NoSchedule", "PreferNoSchedule", "NoExecute"]} unsetLabel="Any effect" />
              {item.effect === "NoExecute" && (
                <NumberField compact path={`${base}.tolerationSeconds`} label={`Toleration ${index + 1} seconds`} rowLabel="Seconds" emptyValue={undefined} placeholder="seconds (empty: forever)" />
              )}
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
