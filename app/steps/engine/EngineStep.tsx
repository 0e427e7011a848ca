import { Stack } from "@mantine/core";
import { ArgsEnvSection } from "./ArgsEnvSection";
import { ConfigSection } from "./ConfigSection";
import { DiscoverySection } from "./DiscoverySection";
import { MagicacheSection } from "./MagicacheSection";
import { PortsSection } from "./PortsSection";

export function EngineStep() {
  return (
    <Stack gap="md">
      <ConfigSection />
      <ArgsEnvSection />
      <PortsSection />
      <DiscoverySection />
      <MagicacheSection />
    </Stack>
  );
}
