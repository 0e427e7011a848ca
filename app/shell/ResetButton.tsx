// Reset to defaults asks first: it throws away every setting and the copy saved in this browser.
import { Button, Group, Modal, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconRestore } from "@tabler/icons-react";
import { useFormContext } from "react-hook-form";
import { initialTextState } from "../../src/wizard/text-state";
import type { WizardForm } from "../form/types";
import { safeLocalStorage } from "../form/start-state";

export function ResetButton() {
  const { reset } = useFormContext<WizardForm>();
  const [opened, { open, close }] = useDisclosure(false);

  const confirm = () => {
    // Loaded with the start already; the save of the defaults that follows runs after it.
    void import("../../src/wizard/saved-state").then(({ forgetState }) => forgetState(safeLocalStorage()));
    reset(initialTextState());
    close();
    notifications.show({ color: "gray", title: "Reset to defaults", message: "Every setting is back to the chart's default; release dagger in namespace dagger." });
  };

  return (
    <>
      <Button variant="default" leftSection={<IconRestore size={16} aria-hidden />} onClick={open}>
        Reset
      </Button>
      <Modal opened={opened} onClose={close} title="Reset to defaults?">
        <Text size="sm">
          This sets the release name, namespace and every value back to the chart's defaults and forgets the settings saved in this browser. It
          cannot be undone.
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm}>
            Reset to defaults
          </Button>
        </Group>
      </Modal>
    </>
  );
}
