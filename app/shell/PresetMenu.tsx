// Loaded after the first paint (PresetsButton.tsx): the presets menu. One click applies a preset;
// the notification offers to undo it, so nothing typed is lost.
import { Button, Menu, Text } from "@mantine/core";
import { IconChevronDown, IconTemplate } from "@tabler/icons-react";
import { PRESETS, valuesTextOf, type Preset } from "../../src";
import { useWizardStore } from "../form/use-wizard";
import { showUndoable } from "./show-undoable";

export default function PresetMenu({ defaultOpened }: { defaultOpened?: boolean }) {
  const store = useWizardStore();

  const apply = (preset: Preset) => {
    const { release, text } = store.getState();
    const before = { release, valuesText: text };
    // The preset's values.yaml replaces the user's text; Undo brings the text back as it was.
    store.reset({ release, valuesText: valuesTextOf(preset.values) });
    showUndoable({
      kind: "preset",
      title: `Preset applied: ${preset.label}`,
      message: "The values were replaced; the release name and namespace were kept.",
      undo: () => store.reset(before),
      undone: { title: "Preset undone", message: "The values are back to what they were." },
    });
  };

  return (
    // In the header, not a portal at the end of the body: every part of the page stays inside a
    // landmark. No focus placeholder: it sits in the menu as a focusable child that is no menu item;
    // focus goes to the first preset instead, as a menu's should.
    <Menu position="bottom-end" width={340} withinPortal={false} withInitialFocusPlaceholder={false} defaultOpened={defaultOpened}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconTemplate size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
          Presets
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Start from a preset (replaces the values)</Menu.Label>
        {PRESETS.map((preset) => (
          <Menu.Item key={preset.id} onClick={() => apply(preset)}>
            <Text size="sm" fw={500}>
              {preset.label}
            </Text>
            <Text size="xs" c="dimmed">
              {preset.description}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
