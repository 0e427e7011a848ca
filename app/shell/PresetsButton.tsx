// The Presets button of the first paint. The menu (its code and the presets' values) loads after
// the first paint and takes the button's place at the first click, opened. Not before: a button
// replaced while the pointer is pressed on it gets the press and its successor the release, and
// no click comes (a journey clicking Presets right after the first paint found no menu, once).
import { Button } from "@mantine/core";
import { IconChevronDown, IconTemplate } from "@tabler/icons-react";
import { lazy, Suspense, useEffect, useState } from "react";
import { afterNextPaint } from "./after-paint";

const loadMenu = () => import("./PresetMenu");
const PresetMenu = lazy(loadMenu);

/** How the Presets button looks, here and as the menu's own button (PresetMenu.tsx), which takes its place. */
export const PRESETS_BUTTON = {
  variant: "default",
  leftSection: <IconTemplate size={16} aria-hidden />,
  rightSection: <IconChevronDown size={14} aria-hidden />,
  children: "Presets",
} as const;

export function PresetsButton() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => afterNextPaint(() => void loadMenu()), []);
  const button = (
    <Button {...PRESETS_BUTTON} aria-haspopup="menu" aria-expanded={false} onClick={() => setWanted(true)} />
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <PresetMenu />
    </Suspense>
  );
}
