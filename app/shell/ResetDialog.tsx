// Loaded when Reset is first pressed (ResetButton.tsx): the question, and the reset itself.
import { Button, Group, Modal, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { forgetState, initialTextState } from "../../src";
import { safeLocalStorage } from "../form/start-state";
import { useWizardStore } from "../form/use-wizard";

export default function ResetDialog({ onClose }: { onClose: () => void }) {
  const store = useWizardStore();

  const confirm = () => {
    // The save of the defaults that follows stores them again.
    forgetState(safeLocalStorage());
    store.reset(initialTextState());
    onClose();
    notifications.show({ color: "gray", title: "Reset to defaults", message: "Every setting is back to the chart's default; release dagger in namespace dagger." });
  };

  return (
    <Modal opened onClose={onClose} title="Reset to defaults?">
      <Text size="sm">
        This sets the release name, namespace and every value back to the chart's defaults and forgets the settings saved in this browser. It
        cannot be undone.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={confirm}>
          Reset to defaults
        </Button>
      </Group>
    </Modal>
  );
}
