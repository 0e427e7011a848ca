import { Select } from "@mantine/core";
import { fieldHelp } from "../../fields/field-help";
import { fieldId } from "../../fields/field-path";
import { FormSection } from "../../fields/FormSection";
import { useFieldError } from "../../fields/problems";
import { QuantityField } from "../../fields/QuantityField";
import { SwitchField } from "../../fields/SwitchField";
import { TextField } from "../../fields/TextField";
import { useValue } from "../../fields/use-value";
import { RetentionField } from "./RetentionField";
import { FieldGrid } from "../../fields/FieldGrid";

const CLAIM = "engine.statefulSet.persistentVolumeClaim";
const ACCESS_MODES = [
  { value: "ReadWriteOnce", label: "ReadWriteOnce (one node)" },
  { value: "ReadWriteOncePod", label: "ReadWriteOncePod (one pod)" },
  { value: "ReadWriteMany", label: "ReadWriteMany (many nodes)" },
  { value: "ReadOnlyMany", label: "ReadOnlyMany (the engine cannot write)" },
];

function AccessModeField() {
  const path = `${CLAIM}.accessModes`;
  const [modes, setModes] = useValue<string[]>(path);
  const error = useFieldError(path, true);
  return (
    <Select
      id={fieldId(path)}
      label="Access mode"
      description={fieldHelp(path, "Access mode")}
      data={ACCESS_MODES}
      value={modes?.[0] ?? null}
      onChange={(next) => next && setModes([next, ...(modes ?? []).slice(1).filter((mode) => mode !== next)])}
      allowDeselect={false}
      error={error}
    />
  );
}

export function ClaimSection() {
  const [enabled] = useValue<boolean>(`${CLAIM}.enabled`);
  return (
    <FormSection title="Persistent volumes" description="Each engine of the StatefulSet gets a PersistentVolumeClaim named data-<pod>, so its cache follows it to any node.">
      <SwitchField path={`${CLAIM}.enabled`} label="PersistentVolumeClaim for each engine" />
      {enabled && (
        <>
          <FieldGrid cols={2}>
            <TextField path={`${CLAIM}.storageClassName`} label="Storage class" placeholder="cluster default" />
            <QuantityField
              path={`${CLAIM}.resources.requests.storage`}
              label="Size"
              kind="bytes"
              emptyValue=""
            />
          </FieldGrid>
          {/* A row of its own: in half the column "ReadWriteOnce (one node)" was cut mid-word. */}
          <AccessModeField />
          <FieldGrid cols={2} spacing="lg">
            <RetentionField when="whenDeleted" label="When the StatefulSet is deleted" />
            <RetentionField when="whenScaled" label="When the StatefulSet scales down" />
          </FieldGrid>
        </>
      )}
    </FormSection>
  );
}
