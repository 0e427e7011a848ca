// For parts the build cannot render into index.html's first screen (a lazy chunk such as Monaco):
// the first screen and the hydration that takes it over both show their plain stand-in, and only
// then does the part load. A render that does not hydrate sees true at once.
import { useSyncExternalStore } from "react";

const never = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
