// The Presets button of the first paint; the menu (its code and the presets' values) loads after
// it and takes the button's place. A click before that opens the menu once it has loaded.
import { Button } from "@mantine/core";
import { IconChevronDown, IconTemplate } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { useAfterFirstPaint } from "./after-paint";

const PresetMenu = lazy(() => import("./PresetMenu"));

export function PresetsButton() {
  const after = useAfterFirstPaint();
  const [wanted, setWanted] = useState(false);
  const button = (
    <Button variant="default" leftSection={<IconTemplate size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} onClick={() => setWanted(true)}>
      Presets
    </Button>
  );
  if (!after && !wanted) return button;
  return (
    <Suspense fallback={button}>
      <PresetMenu defaultOpened={wanted} />
    </Suspense>
  );
}
