// The export actions under the preview: values.yaml, manifests and the install command.
import { Button, Checkbox, Group, Tooltip } from "@mantine/core";
import { IconClipboardCopy, IconDownload, IconTerminal2 } from "@tabler/icons-react";
import { useState } from "react";
import classes from "./export.module.css";
import { useExports } from "./use-exports";

export function ExportBar() {
  const exports = useExports();
  const [withNamespace, setWithNamespace] = useState(false);
  const icon = { size: 16, "aria-hidden": true } as const;
  return (
    <div className={classes.bar} role="group" aria-label="Export">
      <Group gap="xs" wrap="wrap">
        <Button size="xs" variant="light" leftSection={<IconClipboardCopy {...icon} />} onClick={exports.copyValues}>
          Copy values.yaml
        </Button>
        <Button size="xs" variant="light" leftSection={<IconDownload {...icon} />} onClick={exports.downloadValues}>
          Download values.yaml
        </Button>
        <Button size="xs" variant="light" leftSection={<IconDownload {...icon} />} onClick={() => exports.downloadManifests(withNamespace)}>
          Download manifests.yaml
        </Button>
        <Button size="xs" variant="light" leftSection={<IconTerminal2 {...icon} />} onClick={exports.copyInstallCommand}>
          Copy install command
        </Button>
      </Group>
      <Tooltip
        multiline
        w={320}
        label="Adds a Namespace labelled pod-security.kubernetes.io/enforce: privileged before the chart's manifests. It is not part of the chart; the engine runs privileged, which other Pod Security levels refuse."
      >
        <Checkbox
          size="xs"
          mt={6}
          checked={withNamespace}
          onChange={(event) => setWithNamespace(event.currentTarget.checked)}
          label="Put a privileged Namespace first in manifests.yaml (not part of the chart)"
        />
      </Tooltip>
    </div>
  );
}
