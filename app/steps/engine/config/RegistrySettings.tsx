// engine.json's registries (engines v0.19.0 and later): per registry host, its mirrors, plain
// HTTP, unchecked TLS and CA files. On an older engine the list stays visible with its error, so
// that the user sees what the engine would refuse and can remove it.
import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import type { RegistryFields } from "../../../../src";
import { settingId, useEngineJson } from "./engine-json-state";
import { CheckSetting, ListSetting, useSettingError } from "./inputs";
import { withHostRenamed } from "./json-fields";

/** The host is a key: renamed when the input is left, so that typing does not move it about. */
function HostInput({ host, hosts }: { host: string; hosts: string[] }) {
  const { fields, setFields, editable } = useEngineJson();
  const [draft, setDraft] = useState(host);
  const taken = draft !== host && hosts.includes(draft);
  const error = draft === "" ? "Name the registry host, such as docker.io" : taken ? `${draft} is already in the list` : undefined;
  const commit = () => {
    if (error || draft === host) return;
    setFields({ ...fields, registries: withHostRenamed(fields.registries ?? {}, host, draft) as Record<string, RegistryFields> });
  };
  return (
    <TextInput
      label="Registry host"
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value.trim())}
      onBlur={commit}
      onKeyDown={(event) => event.key === "Enter" && commit()}
      error={error}
      disabled={!editable}
      style={{ flex: 1 }}
    />
  );
}

function RegistryCard({ host, hosts }: { host: string; hosts: string[] }) {
  const { set, editable } = useEngineJson();
  const path = ["registries", host];
  return (
    <Paper withBorder p="sm" radius="sm" id={settingId(path)}>
      <Stack gap="xs">
        <Group align="flex-end" wrap="nowrap">
          <HostInput key={host} host={host} hosts={hosts} />
          <ActionIcon variant="subtle" color="red" mb={4} aria-label={`Remove registry ${host}`} onClick={() => set(path, undefined)} disabled={!editable}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
        <ListSetting path={[...path, "mirrors"]} label={`${host} mirrors`} placeholder="mirror.gcr.io" description="Tried in order before the registry itself." />
        <ListSetting path={[...path, "ca"]} label={`${host} CA files`} placeholder="/etc/dagger/ca.pem" description="PEM files in the engine container (mount them with engine.volumes)." />
        <Group gap="lg">
          <CheckSetting path={[...path, "http"]} label="Plain HTTP" />
          <CheckSetting path={[...path, "insecure"]} label="Skip TLS verification" />
        </Group>
      </Stack>
    </Paper>
  );
}

/** A host not yet in the list for a new entry: docker.io first, as it is the one mirrored most. */
function newHost(hosts: string[]): string {
  if (!hosts.includes("docker.io")) return "docker.io";
  let n = 1;
  while (hosts.includes(`registry${n}.example.com`)) n++;
  return `registry${n}.example.com`;
}

export function RegistrySettings() {
  const { fields, features, version, set, editable } = useEngineJson();
  const hosts = Object.keys(fields.registries ?? {});
  const error = useSettingError(["registries"]);
  return (
    <Stack gap="xs" id={settingId(["registries"])}>
      {!features.registries && (
        <Alert color={hosts.length ? "red" : "gray"} variant="light" title="Registries need engine v0.19.0 or later">
          The engine {version.kind === "release" ? `v${version.version}` : "in use"} does not read registries from engine.json
          {hosts.length ? " and refuses to start with them: remove them, or choose a newer engine image." : ": keep them in engine.toml, or choose a newer engine image."}
        </Alert>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {hosts.length === 0 && (
        <Text size="sm" c="dimmed">
          No registries: the engine pulls from each registry directly, over TLS.
        </Text>
      )}
      {hosts.map((host) => (
        <RegistryCard key={host} host={host} hosts={hosts} />
      ))}
      <Group>
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} disabled={!editable || !features.registries} onClick={() => set(["registries", newHost(hosts)], {})}>
          Add registry
        </Button>
      </Group>
    </Stack>
  );
}
