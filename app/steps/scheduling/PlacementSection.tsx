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
          const base = `engine.tolerations[${index}]`;
          // Each input keeps its visible label (no help text): the rows wrap, and a label stays with its input.
          const label = (what: string) => `Toleration ${index + 1} ${what}`;
          return (
            <>
              <TextField path={`${base}.key`} label={label("key")} description="" placeholder="e.g. dedicated" emptyValue={undefined} />
              <SelectField path={`${base}.operator`} label={label("operator")} description="" data={["Exists", "Equal"]} unsetLabel="Equal (default)" />
              {item.operator !== "Exists" && <TextField path={`${base}.value`} label={label("value")} description="" placeholder="e.g. dagger" emptyValue={undefined} />}
              <SelectField path={`${base}.effect`} label={label("effect")} description="" data={["NoSchedule", "PreferNoSchedule", "NoExecute"]} unsetLabel="Any effect" />
              {item.effect === "NoExecute" && (
                <NumberField path={`${base}.tolerationSeconds`} label={label("seconds")} description="" emptyValue={undefined} placeholder="empty: forever" />
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
