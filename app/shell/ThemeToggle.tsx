import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from "@mantine/core";
import { IconMoon, IconSun } from "@tabler/icons-react";
import { LazyTooltip } from "./LazyTooltip";

export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme("light");
  const next = scheme === "dark" ? "light" : "dark";
  const label = `Switch to ${next} theme`;
  return (
    <LazyTooltip label={label}>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setColorScheme(next)}>
        {/* Both icons, one shown by the stylesheet from <html>'s scheme: the first screen in
            index.html (rendered light, at build time) shows the right one before any script runs. */}
        <IconSun size={18} aria-hidden className="mantine-light-hidden" />
        <IconMoon size={18} aria-hidden className="mantine-dark-hidden" />
      </ActionIcon>
    </LazyTooltip>
  );
}
