import { Stack } from "@mantine/core";
import { useValue } from "../../fields/use-value";
import { KindCards } from "./KindCards";
import { StatefulSetSection } from "./StatefulSetSection";

export function KindStep() {
  const [kind] = useValue<string>("engine.kind");
  return (
    <Stack gap="md">
      <KindCards />
      {kind === "StatefulSet" && <StatefulSetSection />}
    </Stack>
  );
}
