import { Group, List, Radio, SimpleGrid, Text } from "@mantine/core";
import { fieldHelp } from "../../fields/field-help";
import { fieldId } from "../../fields/field-path";
import { useFieldError } from "../../fields/problems";
import { useValue } from "../../fields/use-value";
import type { TEngine } from "../../../src";

type TKind = TEngine["kind"];

const KINDS: { kind: TKind; title: string; summary: string; pros: string[]; cons: string[] }[] = [
  {
    kind: "DaemonSet",
    title: "DaemonSet",
    summary: "One engine on every node (or every node the selector picks).",
    pros: [
      "Pipelines use the engine on their own node: no network hop.",
      "The cache sits in a host directory and survives pod restarts and upgrades.",
      "Grows and shrinks with the cluster, nothing to size.",
    ],
    cons: ["The cache stays on its node: a new node starts cold.", "Needs host paths, so the namespace must allow privileged pods anyway."],
  },
  {
    kind: "StatefulSet",
    title: "StatefulSet",
    summary: "A fixed number of engines, each with its own persistent volume if you want one.",
    pros: [
      "Each engine can keep its cache on a PersistentVolumeClaim that follows it to another node (turn it on in Storage).",
      "Scale engines independently of the number of nodes.",
      "Stable names (engine-0, engine-1); DNS names per engine when the headless Service is its governing Service.",
    ],
    cons: ["Needs a storage class that can provision volumes.", "Pipelines may reach an engine on another node: more network traffic."],
  },
];

/** The deployment kind as two cards with radio semantics (arrow keys move between them). */
export function KindCards() {
  const [kind, setKind] = useValue<TKind>("engine.kind");
  const error = useFieldError("engine.kind");
  return (
    <Radio.Group id={fieldId("engine.kind")} label="Deployment kind" description={fieldHelp("engine.kind", "Deployment kind")} value={kind} onChange={(next) => setKind(next as TKind)} error={error}>
      <SimpleGrid type="container" cols={{ base: 1, "620px": 2 }} mt="xs">
        {KINDS.map((option) => (
          <Radio.Card key={option.kind} value={option.kind} radius="md" p="md" aria-label={option.title} style={{ height: "100%" }}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={3} />
              <div>
                <Text fw={600}>{option.title}</Text>
                <Text size="sm" c="dimmed" mb={6}>
                  {option.summary}
                </Text>
                <List size="sm" spacing={2}>
                  {option.pros.map((line) => (
                    <List.Item key={line} icon={<Text span c="teal" fw={700}>+</Text>}>
                      {line}
                    </List.Item>
                  ))}
                  {option.cons.map((line) => (
                    <List.Item key={line} icon={<Text span c="orange" fw={700}>−</Text>}>
                      {line}
                    </List.Item>
                  ))}
                </List>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
