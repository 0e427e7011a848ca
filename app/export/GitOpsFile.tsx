// A GitOps file for the release, shown as it will be saved, to download or copy: a Flux
// HelmRepository and HelmRelease, or an Argo CD Application. Each carries the values.yaml the
// other exports carry (minimal or as written, comments included), the chart from the repository
// beside this page, and the namespace's Pod Security level.
import { Alert, Button, Code, Group, ScrollArea, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconClipboardCopy, IconDownload } from "@tabler/icons-react";
import { useMemo } from "react";
import { CHART, defaultValues, type ValuesProblem } from "../../src";
import { argoCdFile, ARGO_CD_FILE, FLUX_FILE, fluxFile } from "../../src";
import { minimalValuesText } from "../../src";
import { podSecurityLevel } from "../../src";
import { maskOf } from "../../src";
import { siteAddresses } from "../../src";
import { syntaxErrorText } from "../../src";
import { useWizard } from "../form/use-wizard";
import { copyText, downloadText } from "./browser-io";

export type GitOpsKind = "flux" | "argocd";

/** Before the first reading: the defaults. */
const EMPTY_READING = { userValues: {}, values: defaultValues(), problems: [] as ValuesProblem[], secret: undefined as string | undefined };

const KINDS = {
  flux: {
    title: "Flux HelmRelease",
    file: FLUX_FILE,
    write: fluxFile,
    how: "Commit it where a Flux Kustomization applies it: the namespace, a HelmRepository for this site's charts, and the HelmRelease with your values.",
  },
  argocd: {
    title: "Argo CD Application",
    file: ARGO_CD_FILE,
    write: argoCdFile,
    how: "Apply it where Argo CD runs (kubectl apply -n argocd -f), or commit it where an app of apps picks it up. Argo CD creates the namespace with its Pod Security label.",
  },
} as const;

export function GitOpsFile({ kind, minimal }: { kind: GitOpsKind; minimal: boolean }) {
  const release = useWizard((state) => state.release);
  const reading = useWizard((state) => state.lastGood);
  const syntaxError = useWizard((state) => state.syntaxError);
  const currentText = useWizard((state) => state.text);
  const lastGood = reading ?? EMPTY_READING;
  const { title, file, write, how } = KINDS[kind];
  const text = useMemo(
    () =>
      write({
        release,
        chartsUrl: siteAddresses(window.location.href).chartsUrl,
        chartVersion: CHART.version,
        podSecurity: podSecurityLevel(lastGood.values).level,
        // While the text has an error, the last values that parsed, as the other exports do.
        valuesText: minimal || syntaxError ? minimalValuesText(lastGood.userValues) : currentText,
      }),
    [write, release, lastGood, minimal, syntaxError, currentText],
  );
  const refused = lastGood.problems[0];
  const token = lastGood.secret;
  // Dotted out on screen, as in the values pane; the copy and the download hold it.
  const shown = token ? text.replaceAll(token, maskOf(token)) : text;

  const done = (what: string) =>
    notifications.show(
      token
        ? { color: "yellow", title: `${what}, with your magicache token`, message: "Keep it private, out of version control and chats, until the token is in a Secret." }
        : { color: "teal", title: what, message: how },
    );

  const copy = async () => {
    try {
      await copyText(text);
      done(`${title} copied`);
    } catch (error) {
      notifications.show({ color: "red", title: `Could not copy the ${title}`, message: `${(error as Error).message} You can also download it.` });
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{how}</Text>
      {syntaxError && (
        <Alert color="red" variant="light" title="This file holds the last valid values">
          {syntaxErrorText(syntaxError)}. Fix it to export what you typed since.
        </Alert>
      )}
      {refused && (
        <Alert color="orange" variant="light" title="Helm will refuse these values">
          {refused.message}
          {lastGood.problems.length > 1 ? ` (and ${lastGood.problems.length - 1} more, listed above the preview)` : ""}
        </Alert>
      )}
      {token && (
        <Alert color="yellow" variant="light" title="The magicache token is in this file as plain text">
          It is dotted out here, not in the copy or the download. Before you commit the file, put the token in a Secret and set
          magicache.secretName instead.
        </Alert>
      )}
      {/* A scrolled text needs a keyboard stop of its own, or its end cannot be read without a mouse. */}
      <ScrollArea.Autosize mah={360} viewportProps={{ tabIndex: 0, role: "region", "aria-label": file }}>
        <Code block>
          {shown}
        </Code>
      </ScrollArea.Autosize>
      <Group justify="flex-end">
        <Button variant="light" leftSection={<IconClipboardCopy size={16} aria-hidden />} onClick={() => void copy()}>
          Copy {title}
        </Button>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => {
            downloadText(file, text);
            done(`${file} downloaded`);
          }}
        >
          Download {file}
        </Button>
      </Group>
    </Stack>
  );
}
