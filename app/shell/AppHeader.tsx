import { Badge, Button, Group, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconShare } from "@tabler/icons-react";
import { CHART } from "../../src";
import { ShareDialog } from "../export/ShareDialog";
import classes from "./layout.module.css";
import { PresetMenu } from "./PresetMenu";
import { ResetButton } from "./ResetButton";
import { ThemeToggle } from "./ThemeToggle";

export function AppHeader() {
  const [shareOpened, share] = useDisclosure(false);
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
