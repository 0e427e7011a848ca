// Work that must not hold up a paint: what the first screen does not show loads after its first
// paint, and a form field's write into the text follows the frame that shows the typed character
// (field-writes.ts). A task alone does not give that: it runs before the browser's next frame
// whenever that frame is not due yet.
import { useEffect, useState } from "react";

/** How long to wait for a frame before running anyway: a hidden tab paints no frames. */
const NO_FRAME_MS = 100;

/**
 * Runs `callback` once, after the next frame has been painted (a frame, then a task), or at once
 * while the page is hidden; returns a cancel.
 */
export function afterNextPaint(callback: () => void): () => void {
  if (typeof document !== "undefined" && document.visibilityState === "hidden") {
    callback();
    return () => undefined;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    task = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, NO_FRAME_MS);
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
  return () => {
    done = true;
    cancel();
  };
}

let painted = false;

export function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(painted);
  useEffect(() => {
    if (after) return;
    return afterNextPaint(() => {
      painted = true;
      setAfter(true);
    });
  }, [after]);
  return after;
}
