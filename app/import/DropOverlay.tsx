// A file dragged over the page shows where it will go; dropped anywhere (the editors included),
// it opens the import dialog with the file's contents.
import { Text } from "@mantine/core";
import { IconFileImport } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import classes from "./import.module.css";

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes("Files");

export function DropOverlay({ onFile }: { onFile: (file: File) => void }) {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setActive(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Captured before Monaco or the browser can take the file (the browser would open it).
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setActive(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    const options = { capture: true } as const;
    window.addEventListener("dragenter", enter, options);
    window.addEventListener("dragover", over, options);
    window.addEventListener("dragleave", leave, options);
    window.addEventListener("drop", drop, options);
    return () => {
      window.removeEventListener("dragenter", enter, options);
      window.removeEventListener("dragover", over, options);
      window.removeEventListener("dragleave", leave, options);
      window.removeEventListener("drop", drop, options);
    };
  }, [onFile]);
  if (!active) return null;
  return (
    <div className={classes.overlay} aria-hidden>
      <IconFileImport size={48} />
      <Text size="lg" fw={600}>
        Drop your values.yaml to import it
      </Text>
      <Text size="sm">Nothing changes until you confirm the import.</Text>
    </div>
  );
}
