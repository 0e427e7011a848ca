import { Alert } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { FormSection } from "../../fields/FormSection";
import { TriStateField } from "../../fields/TriStateField";
import { CapabilitiesField } from "./CapabilitiesField";
import { FieldGrid } from "../../fields/FieldGrid";

const CONTAINER = "engine.containerSecurityContext";

export function ContainerContextSection() {
  return (
    <FormSection title="Engine container security context" description="The chart's defaults are what the engine needs: privileged, all capabilities, a writable root file system.">
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title="Why the engine runs privileged">
        The Dagger engine is a container runtime: it starts the containers of your pipelines itself, so it must create cgroups, mount
        file systems and set up networks and namespaces on the node. Without privileged mode (or all capabilities) it cannot start
        any pipeline. Run it in a namespace of its own, where only the engine may be privileged.
      </Alert>
      <FieldGrid cols={2}>
        <TriStateField path={`${CONTAINER}.privileged`} label="Privileged" />
        <TriStateField path={`${CONTAINER}.readOnlyRootFilesystem`} label="Read-only root file system" />
        <TriStateField
          path={`${CONTAINER}.allowPrivilegeEscalation`}
          label="Allow privilege escalation"
          description="Whether a process may gain more privileges than its parent (setuid binaries). Kubernetes allows it when not set, and always for a privileged container."
        />
      </FieldGrid>
      <FieldGrid cols={2}>
        <CapabilitiesField list="add" label="Add capabilities" description="Linux capabilities added to the container; ALL is what the engine uses." />
        <CapabilitiesField list="drop" label="Drop capabilities" description="Linux capabilities removed from the container." />
      </FieldGrid>
    </FormSection>
  );
}
