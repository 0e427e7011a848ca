import { Badge, Button, Group, Text, Title } from "@mantine/core";
import { IconFileImport, IconShare } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { CHART } from "../../src";
import { useImport } from "../import/import-context";
import classes from "./layout.module.css";
import { PresetsButton } from "./PresetsButton";
import { ResetButton } from "./ResetButton";
import { ThemeToggle } from "./ThemeToggle";

// The dialog and the link's code load when Share is first pressed.
const ShareDialog = lazy(() => import("../export/ShareDialog"));

export function AppHeader() {
  const [shareOpened, setShareOpened] = useState(false);
  const importValues = useImport();
  return (
    <header className={classes.header}>
      <Group gap="sm" wrap="nowrap" className={classes.brand}>
        <Title order={1} size="h4">
          Dagger engine on Kubernetes
        </Title>
        <Badge variant="light" visibleFrom="sm">
          {CHART.name} {CHART.version}
        </Badge>
        <Text size="xs" c="dimmed" visibleFrom="md">
          engine v{CHART.appVersion}
        </Text>
      </Group>
      {/* On a phone the actions wrap onto a second row under the title rather than run off-screen. */}
      <Group gap="xs" wrap="wrap" className={classes.actions}>
        <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => importValues.open()}>
          Import values.yaml
        </Button>
        <PresetsButton />
        <ResetButton />
        <Button leftSection={<IconShare size={16} aria-hidden />} onClick={() => setShareOpened(true)}>
          Share
        </Button>
        <ThemeToggle />
      </Group>
      {shareOpened && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setShareOpened(false)} />
        </Suspense>
      )}
    </header>
  );
}
