import { Radio, Stack } from "@mantine/core";
import { fieldHelp } from "../../fields/field-help";
import { fieldId } from "../../fields/field-path";
import { useValue } from "../../fields/use-value";

type TRetention = "Retain" | "Delete";

const CONSEQUENCES: Record<"whenDeleted" | "whenScaled", Record<TRetention, string>> = {
  whenDeleted: {
    Retain: "Retain keeps the engines' volumes when the StatefulSet is deleted (helm uninstall): a new install finds its cache. Delete the claims by hand to free the space.",
    Delete: "Delete removes the engine's cache when the StatefulSet is deleted: the next install starts cold.",
  },
  whenScaled: {
    Retain: "Retain keeps the volume of an engine removed by scaling down; scaling up again reuses it, cache included.",
    Delete: "Delete removes the cache of each engine that scaling down removes.",
  },
};

export function RetentionField({ when, label }: { when: "whenDeleted" | "whenScaled"; label: string }) {
  const path = `engine.statefulSet.persistentVolumeClaimRetentionPolicy.${when}` as const;
  const [value, setValue] = useValue<TRetention>(path);
  return (
    <Radio.Group id={fieldId(path)} label={label} description={fieldHelp(path, label)} value={value} onChange={(next) => setValue(next as TRetention)}>
      <Stack gap="xs" mt={6}>
        {(["Retain", "Delete"] as const).map((option) => (
          <Radio key={option} value={option} label={option} description={CONSEQUENCES[when][option]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
