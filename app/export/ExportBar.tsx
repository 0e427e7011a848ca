// The export actions under the preview: values.yaml (the user's document, or only what differs
// from the defaults), manifests, the install commands and the GitOps files; and, when values.yaml
// has keys the chart does not know, a plain statement that Helm will refuse them.
import { Alert, Button, Checkbox, Group, Switch } from "@mantine/core";
import { IconAlertTriangle, IconClipboardCopy, IconDownload, IconTerminal2 } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { sameData, useWizard } from "../form/use-wizard";
import { LazyTooltip as Tooltip } from "../shell/LazyTooltip";
import classes from "./export.module.css";
import { useExports } from "./use-exports";

// The dialog (a Modal's code) loads when it is first opened, not with the first screen.
const InstallDialog = lazy(() => import("./InstallDialog"));

export function ExportBar() {
  const exports = useExports();
  const [withNamespace, setWithNamespace] = useState(false);
  const [minimal, setMinimal] = useState(false);
  const [schemaLine, setSchemaLine] = useState(true);
  const [installOpened, setInstallOpened] = useState(false);
  const icon = { size: 16, "aria-hidden": true } as const;
  return (
    <div className={classes.bar} role="group" aria-label="Export">
      <UnknownKeysNotice />
      <TokenNotice />
      <Group gap="xs" wrap="wrap">
        <Button size="xs" variant="light" leftSection={<IconClipboardCopy {...icon} />} onClick={() => void exports.copyValues(minimal)}>
          Copy values.yaml
        </Button>
        <Button size="xs" variant="light" leftSection={<IconDownload {...icon} />} onClick={() => void exports.downloadValues(minimal, schemaLine)}>
          Download values.yaml
        </Button>
        <Button size="xs" variant="light" leftSection={<IconDownload {...icon} />} onClick={() => void exports.downloadManifests(withNamespace)}>
          Download manifests.yaml
        </Button>
        <Button size="xs" variant="light" leftSection={<IconTerminal2 {...icon} />} onClick={() => setInstallOpened(true)}>
          Install and GitOps
        </Button>
      </Group>
      {installOpened && (
        <Suspense fallback={null}>
          <InstallDialog onClose={() => setInstallOpened(false)} minimal={minimal} />
        </Suspense>
      )}
      <Group gap="lg" mt={6} wrap="wrap">
        <Tooltip multiline w={320} label="Off: your values.yaml as it is, with your comments, order and the keys you set to a default on purpose. On: only what differs from the chart's defaults.">
          <Switch
            size="xs"
            checked={minimal}
            onChange={(event) => setMinimal(event.currentTarget.checked)}
            label="Minimal values.yaml (only what differs from the defaults)"
            // Said on the page, not only in the tooltip: what a download, a copy and the install commands get.
            description={minimal ? "Exports leave out your comments, key order and keys set to their default." : "Exports keep values.yaml as it is, comments and order included."}
          />
        </Tooltip>
        <Tooltip multiline w={320} label="The downloaded values.yaml starts with a line that points editors (VS Code's YAML extension and others) at this site's values.schema.json, so that they complete and check it.">
          <Switch size="xs" checked={schemaLine} onChange={(event) => setSchemaLine(event.currentTarget.checked)} label="Schema line for editors" />
        </Tooltip>
        <Tooltip
          multiline
          w={320}
          label="Adds a Namespace labelled pod-security.kubernetes.io/enforce: privileged before the chart's manifests. It is not part of the chart; the engine runs privileged, which other Pod Security levels refuse."
        >
          <Checkbox
            size="xs"
            checked={withNamespace}
            onChange={(event) => setWithNamespace(event.currentTarget.checked)}
            label="Put a privileged Namespace first in manifests.yaml (not part of the chart)"
          />
        </Tooltip>
      </Group>
    </div>
  );
}

/** Before any click: which of the files hold the magicache token. */
function TokenNotice() {
  const files = useWizard((state) => state.lastGood?.tokenFiles ?? [], sameData);
  if (!files.length) return null;
  return (
    <Alert color="yellow" variant="light" p="xs" mb={6} aria-label="Files with the token">
      {files.join(" and ")} {files.length > 1 ? "hold" : "holds"} your magicache token: keep {files.length > 1 ? "them" : "it"} private.
    </Alert>
  );
}

function UnknownKeysNotice() {
  const unknownKeys = useWizard((state) => state.lastGood?.unknownKeys ?? [], sameData);
  if (!unknownKeys.length) return null;
  const described = unknownKeys.map((key) => (key.suggestion ? `${key.path} (did you mean ${key.suggestion}?)` : key.path));
  return (
    <Alert color="orange" variant="light" p="xs" mb={6} icon={<IconAlertTriangle aria-hidden />} aria-label="Unknown keys">
      Helm will refuse these keys under the chart's schema: {described.join("; ")}. They stay in values.yaml until you remove them there.
    </Alert>
  );
}
