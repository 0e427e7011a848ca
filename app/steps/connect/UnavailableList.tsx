// The ways in these values do not allow, each with why and a link to the field that changes it.
import { Anchor, List, Text } from "@mantine/core";
import type { ConnectInfo } from "../../../src";
import { FormSection } from "../../fields/FormSection";
import { goToField } from "../navigation";

const TITLES = { "kube-pod": "Kubernetes API (kube-pod://)", unix: "Unix socket (unix://)", tcp: "TCP (tcp://)" } as const;

/** The field that changes the reason: the run volume when it is off, else the TCP port (which adds a socket too). */
function fieldFor(reason: ConnectInfo["unavailable"][number]): string {
  if (reason.reason.startsWith("engine.statefulSet.replicas")) return "engine.statefulSet.replicas";
  if (reason.reason.startsWith("engine.hostPath.runVolume")) return "engine.hostPath.runVolume.enabled";
  if (reason.reason.startsWith("engine.containerPorts")) return "engine.containerPorts";
  return "engine.port";
}

export function UnavailableList({ unavailable }: { unavailable: ConnectInfo["unavailable"] }) {
  if (!unavailable.length) return null;
  return (
    <FormSection title="Not available with these values">
      <List size="sm" spacing={6}>
        {unavailable.map((entry) => (
          <List.Item key={entry.id}>
            <Text span size="sm" fw={600}>
              {TITLES[entry.id]}:
            </Text>{" "}
            {entry.reason}{" "}
            <Anchor component="button" type="button" size="sm" onClick={() => goToField(fieldFor(entry))}>
              Change it
            </Anchor>
          </List.Item>
        ))}
      </List>
    </FormSection>
  );
}
