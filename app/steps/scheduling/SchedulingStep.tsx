import { Stack } from "@mantine/core";
import { ExtrasSection } from "./ExtrasSection";
import { LifecycleSection } from "./LifecycleSection";
import { PlacementSection } from "./PlacementSection";
import { ProbesSection } from "./ProbesSection";
import { ResourcesSection } from "./ResourcesSection";

export function SchedulingStep() {
  return (
    <Stack gap="md">
      <ResourcesSection />
      <PlacementSection />
      <ProbesSection />
      <LifecycleSection />
      <ExtrasSection />
    </Stack>
  );
}
