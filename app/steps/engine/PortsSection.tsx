import type { TEngine } from "../../../src";
import { FormSection } from "../../fields/FormSection";
import { KeyValueField } from "../../fields/KeyValueField";
import { NumberField } from "../../fields/NumberField";
import { RowList } from "../../fields/RowList";
import { SelectField } from "../../fields/SelectField";
import { TextField } from "../../fields/TextField";
import { FieldGrid } from "../../fields/FieldGrid";

type TContainerPort = NonNullable<TEngine["containerPorts"]>[number];

export function PortsSection() {
  return (
    <FormSection title="Ports and Service" description="By default the engine listens only on its unix socket. A TCP port also creates a Service for it.">
      <FieldGrid cols={2}>
        <NumberField path="engine.port" label="TCP port" emptyValue={null} min={1} max={65535} placeholder="none" />
        <NumberField path="engine.hostPort" label="Host port" emptyValue={null} min={1} max={65535} placeholder="none" />
      </FieldGrid>
      <RowList<TContainerPort>
        path="engine.containerPorts"
        label="Container ports"
        itemName="port"
        newItem={() => ({ name: "dagger", containerPort: 8080, protocol: "TCP" })}
        renderRow={(index) => (
          <>
            <TextField compact path={`engine.containerPorts[${index}].name`} label={`Port ${index + 1} name`} rowLabel="Name" placeholder="dagger" />
            <NumberField compact path={`engine.containerPorts[${index}].containerPort`} label={`Port ${index + 1} number`} rowLabel="Port" emptyValue={0} min={1} max={65535} />
            <SelectField compact path={`engine.containerPorts[${index}].protocol`} label={`Port ${index + 1} protocol`} rowLabel="Protocol" data={["TCP", "UDP", "SCTP"]} />
            <NumberField compact path={`engine.containerPorts[${index}].hostPort`} label={`Port ${index + 1} host port`} rowLabel="Host port" emptyValue={undefined} min={1} max={65535} placeholder="host port" />
          </>
        )}
      />
      <SelectField
        path="service.type"
        label="Service type"
        data={[
          { value: "ClusterIP", label: "ClusterIP: inside the cluster" },
          { value: "NodePort", label: "NodePort: on every node's IP" },
          { value: "LoadBalancer", label: "LoadBalancer: a cloud load balancer" },
        ]}
      />
      <KeyValueField path="service.annotations" label="Service annotations" />
      <KeyValueField path="service.labels" label="Service labels" />
    </FormSection>
  );
}
