import { Badge, Button, Group, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFileImport, IconShare } from "@tabler/icons-react";
import { CHART } from "../../src/chart/chart-meta";
import { ShareDialog } from "../export/ShareDialog";
import { useImport } from "../import/import-context";
import classes from "./layout.module.css";
import { PresetMenu } from "./PresetMenu";
import { ResetButton } from "./ResetButton";
import { ThemeToggle } from "./ThemeToggle";

export function AppHeader() {
  const [shareOpened, share] = useDisclosure(false);
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
      <Group gap="xs" wrap="nowrap">
        <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => importValues.open()}>
          Import values.yaml
        </Button>
        <PresetMenu />
        <ResetButton />
        <Button leftSection={<IconShare size={16} aria-hidden />} onClick={share.open}>
          Share
        </Button>
        <ThemeToggle />
      </Group>
      <ShareDialog opened={shareOpened} onClose={share.close} />
    </header>
  );
}
