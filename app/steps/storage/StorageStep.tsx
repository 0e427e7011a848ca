import { Stack } from "@mantine/core";
import { useValue } from "../../fields/use-value";
import { WarningList } from "../../fields/WarningList";
import { ClaimSection } from "./ClaimSection";
import { HostPathSection } from "./HostPathSection";

export function StorageStep() {
  const [kind] = useValue<string>("engine.kind");
  const [claim] = useValue<boolean>("engine.statefulSet.persistentVolumeClaim.enabled");
  const statefulSet = kind === "StatefulSet";
  return (
    <Stack gap="md">
      <WarningList prefixes={["engine.hostPath", "engine.statefulSet.replicas", "engine.statefulSet.persistentVolumeClaim.resources", "volumeMountsPostfix"]} />
      {statefulSet && <ClaimSection />}
      <HostPathSection claimHoldsData={statefulSet && claim} />
    </Stack>
  );
}
