// The presets menu, loaded after the first paint and shown from the first click (PresetsButton.tsx).
// One click applies a preset; the notification offers to undo it, so nothing typed is lost.
import { Button, Menu, Text } from "@mantine/core";
import { useLayoutEffect, useRef, useState } from "react";
import { PRESETS, valuesTextOf, type Preset } from "../../src";
import { useWizardStore } from "../form/use-wizard";
import { PRESETS_BUTTON } from "./PresetsButton";
import { showUndoable } from "./show-undoable";

/** Mounted by the first click on the Presets button, whose place it takes: it opens at once. */
export default function PresetMenu() {
  const store = useWizardStore();
  const target = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useState(false);
  // Focus first, as the click gave the button it replaces: the menu gives it back when it closes.
  useLayoutEffect(() => {
    target.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- opened once the page's focus is on the button (no React state), so that the menu records it as the element to give the focus back to
    setOpened(true);
  }, []);

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
    <Menu position="bottom-end" width={340} withinPortal={false} withInitialFocusPlaceholder={false} opened={opened} onChange={setOpened}>
      <Menu.Target>
        <Button ref={target} {...PRESETS_BUTTON} />
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
