// The rendering core (every template's twin) as a chunk of its own: the values.yaml tab, which the
// wizard opens on, needs only the values' validation, so the manifests' code loads right after the
// first paint instead of with it (the first load's 250 KB budget).
import { useEffect, useState } from "react";

export type TRenderer = typeof import("../../src/wizard/outputs");

let loaded: TRenderer | undefined;
// Started when the page loads, not when a tab asks: by the time anyone looks, it is there.
const loading: Promise<TRenderer> = import("../../src/wizard/outputs").then((module) => (loaded = module));

/** The rendering core, or undefined for the moment before its chunk has arrived. */
export function useRenderer(): TRenderer | undefined {
  const [renderer, setRenderer] = useState(loaded);
  useEffect(() => {
    if (!renderer) void loading.then(setRenderer);
  }, [renderer]);
  return renderer;
}

/** The rendering core, for event handlers (an export click). */
export function loadRenderer(): Promise<TRenderer> {
  return loading;
}
