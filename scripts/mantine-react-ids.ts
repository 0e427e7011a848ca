// Mantine's useId (in @mantine/hooks) starts with React's own id and, in a layout effect after the
// first commit, swaps it for a random one. That state change re-renders, synchronously before the
// first paint, every component that asked for an id: each input's wrapper, radio, switch, tab list,
// popover and portal. At 4x CPU throttling that second pass cost ~200 ms of the first paint, and
// every step the user opens pays it again. The random id only mattered before React had useId
// (server and client ids then differed); React's id is already unique within the root and stable.
//
// The build drops that effect from Mantine's module: the id stays React's. Written by hand rather
// than with patch-package, which would rewrite node_modules on every install for every tool; here
// only the app's bundle changes, and the build stops if Mantine's module no longer reads as expected.
import type { Plugin } from "vite";

/** The module of @mantine/hooks that holds useId, as the ESM build names it. */
export const MANTINE_USE_ID = /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]use-id[\\/]use-id\.mjs$/;

/** The effect that replaces React's id by a random one after the first commit. */
const RANDOM_ID_EFFECT = /\n\s*useIsomorphicEffect\(\(\) => \{\s*if \(hasInitializedRef\.current\) return;\s*hasInitializedRef\.current = true;\s*setUuid\(randomId\(\)\);\s*\}, \[\]\);/;

/** Mantine's use-id module without the effect; throws when the module is not the one this was written for. */
export function withReactIds(source: string): string {
  if (!RANDOM_ID_EFFECT.test(source)) {
    throw new Error(
      "@mantine/hooks' use-id.mjs no longer has the effect scripts/mantine-react-ids.ts removes. Check whether its useId still re-renders after the first commit, then update or drop this plugin.",
    );
  }
  return source.replace(RANDOM_ID_EFFECT, "");
}

export function mantineReactIds(): Plugin {
  return {
    name: "mantine-react-ids",
    enforce: "pre",
    transform(code, id) {
      if (!MANTINE_USE_ID.test(id.split("?")[0] ?? "")) return undefined;
      return { code: withReactIds(code), map: null };
    },
  };
}
