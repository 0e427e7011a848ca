// The Helm tab in upgrade mode (the changes tab compares with what runs): `helm upgrade` for the
// running release, from this site's chart repository at this chart's version, and what the
// upgrade check said about it, so nobody runs it without seeing a refusal first.
import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { chartRepoFlags, siteAddresses } from "../../src";
import { helmUpgradeCommand } from "../../src";
import { useWizard } from "../form/use-wizard";
import { copyAndNotify } from "./copy-and-notify";

const COLORS = { 0: "teal", 2: "red", 3: "orange" } as const;
const COPY_NOTICE = { copied: "Upgrade command copied", message: "Run it where values.yaml is.", failed: "Could not copy the upgrade command", hint: "You can also select it above." };

export function UpgradeCommand() {
  const release = useWizard((state) => state.release);
  const reading = useWizard((state) => state.upgrade?.reading);
  const ok = reading?.ok ? reading : undefined;
  const command = helmUpgradeCommand({
    release: ok?.release ?? release.name,
    namespace: ok?.namespace ?? release.namespace,
    chart: "dagger-helm",
    chartFlags: chartRepoFlags(siteAddresses(window.location.href).chartsUrl),
    valuesFiles: ["values.yaml"],
  });
  return (
    <Stack gap="xs" mb="md" aria-label="Upgrade">
      <Text size="sm" fw={600}>
        Upgrade mode: the release runs already. Download values.yaml, then upgrade it with:
      </Text>
      <Code block aria-label="Upgrade command" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {command}
      </Code>
      {ok ? (
        <Alert color={COLORS[ok.exitCode]} variant="light" p="xs">
          {ok.headline.replace(/ \(exit \d\)\.$/, ".")} {ok.exitCode === 0 ? "" : "The changes tab lists why, and the way through."}
        </Alert>
      ) : (
        <Text size="xs" c="dimmed">
          Open the changes tab to see what it does to the running engines first.
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="light" onClick={() => void copyAndNotify(command, COPY_NOTICE)}>
          Copy upgrade command
        </Button>
      </Group>
    </Stack>
  );
}
