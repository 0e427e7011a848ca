// Loaded when the values hold an engine.toml (ConfigSection.tsx): the offer to move its GC,
// registry and debug settings to engine.json. The dialog shows the engine.json it would write and
// what cannot move, and changes nothing until Convert is pressed; the notification offers Undo.
import { Alert, Button, Checkbox, Code, Group, List, Modal, ScrollArea, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useValue } from "../../../fields/use-value";
import { useWizardStore } from "../../../form/use-wizard";
import { showUndoable } from "../../../shell/show-undoable";
import { useEngineVersion } from "./engine-json-state";
import { planTomlConversion, type TTomlPlan } from "./toml-plan";

type TPlan = Extract<TTomlPlan, { ok: true }>;

function Preview({ plan, clear, onClear }: { plan: TPlan; clear: boolean; onClear: (clear: boolean) => void }) {
  const { conversion, problems } = plan;
  return (
    <Stack gap="sm">
      {plan.noEngineJson && (
        <Alert color="red" variant="light" title="This engine reads no engine.json">
          Engines before v0.15.0 read engine.toml only: choose a newer engine image in the Release step first.
        </Alert>
      )}
      <Text size="sm" fw={600}>
        Converted to engine.json ({conversion.converted.length})
      </Text>
      {conversion.converted.length ? (
        <Text size="sm">{conversion.converted.join(", ")}</Text>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing: engine.toml has no GC, registry or debug setting that engine.json takes.
        </Text>
      )}
      <Text size="sm" fw={600}>
        engine.json after the conversion
      </Text>
      <ScrollArea.Autosize mah={260}>
        <Code block aria-label="engine.json after the conversion" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {conversion.json || "(empty)"}
        </Code>
      </ScrollArea.Autosize>
      {problems.length > 0 && (
        <Alert color="red" variant="light" title="The engine would refuse this engine.json">
          <List size="sm">
            {problems.map((problem, index) => (
              <List.Item key={index}>{problem.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="sm" fw={600}>
        Not converted ({conversion.notes.length})
      </Text>
      {conversion.notes.length ? (
        <List size="sm" spacing={4} aria-label="Not converted">
          {conversion.notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          Everything was converted.
        </Text>
      )}
      <Checkbox
        checked={clear}
        onChange={(event) => onClear(event.currentTarget.checked)}
        label="Empty engine.toml afterwards"
        description={
          plan.complete
            ? "Everything in it is now in engine.json."
            : "Leave it to keep the settings listed above: the engine then reads both files. Emptying it drops them."
        }
      />
    </Stack>
  );
}

export default function TomlConversion() {
  const store = useWizardStore();
  const [toml = "", setToml] = useValue<string | undefined>("engine.config");
  const [json = "", setJson] = useValue<string | undefined>("engine.configJson");
  const version = useEngineVersion();
  const [opened, setOpened] = useState(false);
  const plan = useMemo(() => (opened ? planTomlConversion(toml, json, version) : undefined), [opened, toml, json, version]);
  const [clear, setClear] = useState<boolean | undefined>(undefined);
  const clearToml = clear ?? (plan?.ok === true && plan.complete);

  const convert = (ready: TPlan) => {
    const before = store.getState().text;
    setJson(ready.conversion.json);
    if (clearToml) setToml("");
    setOpened(false);
    showUndoable({
      kind: "toml",
      title: "engine.toml converted to engine.json",
      // Long enough to look at the fields it filled before deciding to undo.
      autoClose: 15_000,
      message: `${ready.conversion.converted.length} settings moved${clearToml ? "; engine.toml was emptied" : "; engine.toml was kept"}.`,
      undo: () => store.setText(before),
      undone: { title: "Conversion undone", message: "engine.toml and engine.json are back to what they were." },
    });
  };

  return (
    <>
      <Alert color="blue" variant="light" title="engine.toml is BuildKit's configuration">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">Its GC, registry and debug settings have engine.json keys, which the engine checks and this step edits as fields.</Text>
          <Button size="xs" variant="light" rightSection={<IconArrowRight size={14} aria-hidden />} onClick={() => setOpened(true)}>
            Convert to engine.json…
          </Button>
        </Stack>
      </Alert>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Convert engine.toml to engine.json" size="lg">
        {plan && !plan.ok && (
          <Alert color="red" variant="light" title="engine.toml is not valid TOML" role="alert">
            {plan.error}
          </Alert>
        )}
        {plan?.ok && <Preview plan={plan} clear={clearToml} onClear={setClear} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setOpened(false)}>
            Cancel
          </Button>
          <Button disabled={!plan?.ok || plan.noEngineJson || !plan.conversion.converted.length} onClick={() => plan?.ok && convert(plan)}>
            Convert
          </Button>
        </Group>
      </Modal>
    </>
  );
}
