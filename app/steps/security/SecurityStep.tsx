import { Stack } from "@mantine/core";
import { ContainerContextSection } from "./ContainerContextSection";
import { PodContextSection } from "./PodContextSection";
import { PodSecurityBadge } from "./PodSecurityBadge";
import { RbacSection } from "./RbacSection";
import { ServiceAccountSection } from "./ServiceAccountSection";

export function SecurityStep() {
  return (
    <Stack gap="md">
      <PodSecurityBadge />
      <ContainerContextSection />
      <PodContextSection />
      <ServiceAccountSection />
      <RbacSection />
    </Stack>
  );
}
