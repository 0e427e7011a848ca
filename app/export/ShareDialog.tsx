// The share link of the current state: the non-default values and the release, in the URL hash.
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconLock } from "@tabler/icons-react";
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { encodeShareLink } from "../../src/share/share-link";
import { hasSecrets } from "../../src/wizard/state";
import type { WizardForm } from "../form/types";
import { copyText } from "./browser-io";

export function ShareDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Share these settings" size="lg">
      {opened && <ShareLink />}
    </Modal>
  );
}

function ShareLink() {
  const [release, values] = useWatch<WizardForm, ["release", "values"]>({ name: ["release", "values"] });
  const link = useMemo(() => {
    const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
    return `${base}#${encodeShareLink({ release, values })}`;
  }, [release, values]);
  const tokenLeftOut = hasSecrets(values);

  return (
    <Stack gap="sm">
      <Text size="sm">
        Whoever opens this link gets this wizard with the same release, namespace and values. It holds only what differs from the chart defaults,
        in the part of the address after #, which browsers do not send to the server.
      </Text>
      <TextInput label="Share link" value={link} readOnly onFocus={(event) => event.currentTarget.select()} description={`${link.length} characters`} />
      <Alert color={tokenLeftOut ? "yellow" : "gray"} variant="light" icon={<IconLock aria-hidden />} title="The magicache token is never in a link">
        {tokenLeftOut
          ? "Your magicache token is left out of this link (and is never saved in this browser). Whoever opens the link must enter their own token, or use an existing Secret."
          : "A magicache token, when you set one, is left out of links and is never saved in this browser."}
      </Alert>
      <Group justify="flex-end">
        <Button onClick={() => void copyLink(link)}>Copy share link</Button>
      </Group>
    </Stack>
  );
}

async function copyLink(link: string) {
  try {
    await copyText(link);
    notifications.show({ color: "teal", title: "Share link copied", message: "Anyone with the link can open these settings." });
  } catch (error) {
    notifications.show({ color: "red", title: "Could not copy the share link", message: `${(error as Error).message} You can also select the link above and copy it.` });
  }
}
