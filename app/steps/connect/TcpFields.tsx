// The chart values that make a TCP way in safer and steadier: a NetworkPolicy admitting only
// labelled client pods, one engine per client (session affinity), and for a DaemonSet the engine
// of the job's own node.
import { FieldGrid } from "../../fields/FieldGrid";
import { SelectField } from "../../fields/SelectField";
import { SwitchField } from "../../fields/SwitchField";
import { WarningList } from "../../fields/WarningList";

export function TcpFields({ daemonSet }: { daemonSet: boolean }) {
  return (
    <>
      <SwitchField path="networkPolicy.enabled" label="NetworkPolicy: admit only labelled client pods" />
      <FieldGrid cols={2}>
        <SelectField
          path="service.sessionAffinity"
          label="Session affinity"
          data={[
            { value: "", label: "Kubernetes' default (None)" },
            { value: "None", label: "None" },
            { value: "ClientIP", label: "ClientIP: one engine per client" },
          ]}
        />
        <SelectField
          path="service.internalTrafficPolicy"
          label="Internal traffic policy"
          description={daemonSet ? undefined : "Local is for a DaemonSet: a job reaches the engine on its own node, and none on a node without one."}
          data={[
            { value: "", label: "Kubernetes' default (Cluster)" },
            { value: "Cluster", label: "Cluster" },
            { value: "Local", label: "Local: the engine on the job's node" },
          ]}
        />
      </FieldGrid>
      <WarningList prefixes={["networkPolicy", "service.sessionAffinity", "service.internalTrafficPolicy"]} />
    </>
  );
}
