// A tooltip whose code (positioning, portals) loads after the first paint: until then the child
// stands alone, with its own accessible name, as it does for keyboard and screen-reader users.
import { lazy, Suspense, type ReactElement } from "react";
import type { TooltipProps } from "@mantine/core";
import { useAfterFirstPaint } from "./after-paint";

const Tooltip = lazy(() => import("./TooltipChunk"));

export function LazyTooltip(props: Omit<TooltipProps, "children"> & { children: ReactElement }) {
  const after = useAfterFirstPaint();
  if (!after) return props.children;
  return (
    <Suspense fallback={props.children}>
      <Tooltip {...props} />
    </Suspense>
  );
}
