import { Code, Stack, Text } from "@mantine/core";
import { FormSection } from "../../fields/FormSection";
import { SwitchField } from "../../fields/SwitchField";
import { TextField } from "../../fields/TextField";
import { useValue } from "../../fields/use-value";
import { CHART } from "../../../src";
import { useWizard } from "../../form/use-wizard";
import { FieldGrid } from "../../fields/FieldGrid";

/** The chart's <fullname> (names.ts): the release name, with the chart name unless it contains it. */
function useFullname(): string {
  const release = useWizard((state) => state.release.name);
  const [nameOverride] = useValue<string>("nameOverride");
  const [fullnameOverride] = useValue<string>("fullnameOverride");
  const name = nameOverride || CHART.name;
  const full = fullnameOverride || (release.includes(name) ? release : `${release}-${name}`);
  return full.slice(0, 63).replace(/-$/, "");
}

function HostPathVolume({ volume, title, mountPath, defaultDir }: { volume: "dataVolume" | "runVolume"; title: string; mountPath: string; defaultDir: string }) {
  const base = `engine.hostPath.${volume}` as const;
  const [enabled] = useValue<boolean>(`${base}.enabled`);
  const [path] = useValue<string>(`${base}.path`);
  const [postfix] = useValue<string>("volumeMountsPostfix");
  const fullname = useFullname();
  const suffix = postfix ? `-${postfix}` : "";
  return (
    <Stack gap="xs">
      <SwitchField path={`${base}.enabled`} label={`${title} on a host path`} description={`Mount a host directory at ${mountPath}${suffix}.`} />
      {enabled && (
        <>
          <TextField path={`${base}.path`} label={`${title} host directory`} placeholder={`${defaultDir}-<fullname>`} description="An absolute path; empty for the chart's default below." />
          <Text size="xs" c="dimmed">
            On the node: <Code>{(path || `${defaultDir}-${fullname}`) + suffix}</Code>
          </Text>
        </>
      )}
    </Stack>
  );
}

export function HostPathSection({ claimHoldsData }: { claimHoldsData: boolean }) {
  return (
    <FormSection
      title="Host paths"
      description={
        claimHoldsData
          ? "The PersistentVolumeClaim holds the engine's data, so the data host path is not used. The run directory (the engine's socket) can still be a host path."
          : "Directories on the node keep the engine's cache across pod restarts; the run directory holds its socket for clients on the node."
      }
    >
      <FieldGrid cols={2} spacing="lg">
        {!claimHoldsData && <HostPathVolume volume="dataVolume" title="Data" mountPath="/var/lib/dagger" defaultDir="/var/lib/dagger" />}
        <HostPathVolume volume="runVolume" title="Run" mountPath="/run/dagger" defaultDir="/run/dagger" />
      </FieldGrid>
      <TextField path="volumeMountsPostfix" label="Mount path postfix" placeholder="agent-1" />
    </FormSection>
  );
}
