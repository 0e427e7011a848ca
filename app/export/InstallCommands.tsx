// Loaded only through React.lazy (InstallDialog.tsx): the commands that install the exported
// values.yaml from the chart repository beside this page (or from the user's OCI registry),
// with the namespace prepared for the Pod Security level the engine needs.
import { Alert, Button, Code, Group, List, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { installCommands, registryProblem } from "../../src";
import { podSecurityLevel } from "../../src";
import { siteAddresses } from "../../src";
import { defaultValues } from "../../src";
import { useWizard } from "../form/use-wizard";
import { copyAndNotify } from "./copy-and-notify";
import { UpgradeCommand } from "./UpgradeCommand";

const COPY_NOTICE = { copied: "Install commands copied", message: "Run them where values.yaml is.", failed: "Could not copy the install commands", hint: "You can also select them above." };

export default function InstallCommands() {
  const release = useWizard((state) => state.release);
  const values = useWizard((state) => state.lastGood?.values ?? defaultValues());
  const [namespaceExists, setNamespaceExists] = useState(false);
  const [registry, setRegistry] = useState("");
  const site = siteAddresses(window.location.href);
  const problem = registryProblem(registry);
  const podSecurity = podSecurityLevel(values).level;
  const { commands, notes } = installCommands({
    release,
    chartsUrl: site.chartsUrl,
    podSecurity,
    namespaceExists,
    ociRegistry: problem ? undefined : registry,
  });
  const text = commands.join("\n");
  const upgrading = useWizard((state) => state.deployed !== undefined);

  return (
    <Stack gap="sm">
      {upgrading && <UpgradeCommand />}
      <Text size="sm">
        Download values.yaml, then run these where it is, with Helm 4 (or Helm 3.8 and later). The chart comes from this site's chart repository,{" "}
        <Code>{site.chartsUrl}</Code>.
      </Text>
      {!site.servedOverHttp && (
        <Alert color="orange" variant="light" title="This page is not served over HTTP">
          Helm reads chart repositories over HTTP(S): serve this folder with any web server and open the wizard from there.
        </Alert>
      )}
      <Group gap="lg" align="flex-start" wrap="wrap">
        <Switch
          size="xs"
          checked={namespaceExists}
          onChange={(event) => setNamespaceExists(event.currentTarget.checked)}
          label={`The namespace ${release.namespace} exists already`}
          description={podSecurity === "privileged" ? "Off: it is created and labelled for privileged pods first." : "Off: Helm creates it."}
        />
        <TextInput
          size="xs"
          w={320}
          label="OCI registry (optional)"
          placeholder="ghcr.io/acme/charts"
          description="Copy the chart there and install from it."
          value={registry}
          error={problem}
          onChange={(event) => setRegistry(event.currentTarget.value)}
        />
      </Group>
      <Code block aria-label="Install commands" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {text}
      </Code>
      {notes.length > 0 && (
        <List size="sm" spacing={4}>
          {notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      )}
      <Group justify="flex-end">
        <Button onClick={() => void copyAndNotify(text, COPY_NOTICE)}>Copy install commands</Button>
      </Group>
    </Stack>
  );
}
