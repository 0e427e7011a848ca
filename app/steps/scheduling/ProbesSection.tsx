import { Alert, Stack } from "@mantine/core";
import { FormSection } from "../../fields/FormSection";
import { useValue } from "../../fields/use-value";
import { ProbeFields } from "./ProbeFields";

function AliasNote({ alias }: { alias: "readinessProbeSettings" | "livenessProbeSettings" }) {
  const [value] = useValue<Record<string, unknown> | undefined>(`engine.${alias}`);
  if (!value || Object.keys(value).length === 0) return null;
  return (
    <Alert color="gray" variant="light">
      engine.{alias} (the vendor chart's name) is set in your values and is merged over what you choose here.
    </Alert>
  );
}

export function ProbesSection() {
  return (
    <FormSection title="Probes" description="The readiness probe keeps traffic away from an engine that is not ready; a liveness probe restarts one that hangs.">
      <Stack gap="lg">
        <ProbeFields probe="readinessProbe" title="Readiness probe" optional={false} />
        <ProbeFields probe="livenessProbe" title="Liveness probe" optional />
      </Stack>
      <AliasNote alias="readinessProbeSettings" />
      <AliasNote alias="livenessProbeSettings" />
    </FormSection>
  );
}
