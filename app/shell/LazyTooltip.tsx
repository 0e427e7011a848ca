// A tooltip whose code (positioning, portals) loads after the first paint: until then the child
// stands alone, with its own accessible name, as it does for keyboard and screen-reader users.
// The child stays the element it was: the tooltip comes beside it and points at it (`target`).
// Wrapped in the tooltip instead, it was made anew when the code came, and a press on the old
// element with its release on the new one is no click.
import { cloneElement, lazy, Suspense, useRef, type ReactElement, type Ref } from "react";
import type { TooltipProps } from "@mantine/core";
import { useMergedRef } from "@mantine/hooks";
import { useAfterFirstPaint } from "./after-paint";

const Tooltip = lazy(() => import("./TooltipChunk"));

export function LazyTooltip({ children, ...props }: Omit<TooltipProps, "children" | "target"> & { children: ReactElement<{ ref?: Ref<HTMLElement> }> }) {
  const after = useAfterFirstPaint();
  const target = useRef<HTMLElement>(null);
  const ref = useMergedRef(target, children.props.ref);
  return (
    <>
      {cloneElement(children, { ref })}
      {after && (
        <Suspense fallback={null}>
          <Tooltip {...props} target={target} />
        </Suspense>
      )}
    </>
  );
}
