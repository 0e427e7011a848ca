// One ready-to-paste text of a way in (a job script, the client RBAC, a runner's config), shown
// as it will be copied or saved, with a copy and a download button.
import { Button, Code, Group, Stack, Text } from "@mantine/core";
import { IconClipboardCopy, IconDownload } from "@tabler/icons-react";
import type { Snippet } from "../../../src";
import { copyWithNotice, downloadWithNotice } from "./copy-actions";

/** What to do with each snippet once it is copied or saved. */
const NEXT: Record<string, string> = {
  "kube-pod-job": "Run it in the job, in an image that has kubectl and curl.",
  "kube-pod-node-name": "Add it to the job container: the script finds the engine on this node.",
  "kube-pod-rbac": "Apply it where the engine runs: kubectl apply -f dagger-client-rbac.yaml",
  "unix-gitlab": "Merge it into the runner's config.toml (or the gitlab-runner chart's runners.config).",
  "unix-arc": "Merge it into the values of the gha-runner-scale-set chart.",
  "tcp-job": "Run it in the job, in an image that has curl.",
  "tcp-client-labels": "Add these labels to the job's pod: the NetworkPolicy admits only those pods.",
};

export function SnippetBlock({ snippet }: { snippet: Snippet }) {
  const next = NEXT[snippet.id] ?? "Paste it where the job or runner is configured.";
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {snippet.title} <Text span size="xs" c="dimmed" ff="monospace">{snippet.fileName}</Text>
        </Text>
        <Group gap="xs">
          <Button size="compact-sm" variant="light" leftSection={<IconClipboardCopy size={14} aria-hidden />} aria-label={`Copy ${snippet.fileName}`} onClick={() => void copyWithNotice(snippet.text, snippet.fileName, next)}>
            Copy
          </Button>
          <Button size="compact-sm" variant="default" leftSection={<IconDownload size={14} aria-hidden />} aria-label={`Download ${snippet.fileName}`} onClick={() => downloadWithNotice(snippet.fileName, snippet.text, next)}>
            Download
          </Button>
        </Group>
      </Group>
      <Code block tabIndex={0} aria-label={snippet.fileName} style={{ whiteSpace: "pre", overflow: "auto", maxHeight: 260 }}>
        {snippet.text}
      </Code>
    </Stack>
  );
}
