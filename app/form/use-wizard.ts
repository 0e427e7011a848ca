// Reading the wizard's store from a component, one piece at a time: a component re-renders when
// its own piece changes (compared with `equal`), not when anything else in the state does.
import { createContext, use, useCallback, useRef, useSyncExternalStore } from "react";
import { deepEqual } from "../../src";
import type { TWizardState, WizardStore } from "./wizard-store";

export const WizardStoreContext = createContext<WizardStore | null>(null);

export function useWizardStore(): WizardStore {
  const store = use(WizardStoreContext);
  if (!store) throw new Error("useWizardStore needs a WizardFormProvider above it");
  return store;
}

/**
 * A piece of the state. `select` runs on each change of the state; while its answer is `equal`
 * to the last one, the component keeps the last one and does not re-render. `select` and `equal`
 * may depend on nothing but `key` (a field's path, say): a new key selects afresh.
 */
export function useWizard<T>(select: (state: TWizardState) => T, equal: (a: T, b: T) => boolean = Object.is, key = ""): T {
  const store = useWizardStore();
  const last = useRef<{ state: TWizardState; value: T; key: string } | undefined>(undefined);
  const snapshot = useCallback(
    () => {
      const state = store.getState();
      const seen = last.current?.key === key ? last.current : undefined;
      if (seen?.state === state) return seen.value;
      const value = select(state);
      const kept = seen && equal(seen.value, value) ? seen.value : value;
      last.current = { state, value: kept, key };
      return kept;
    },
    // select and equal depend on nothing but the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, key],
  );
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** Equal as data (for pieces that are lists or tables). */
export const sameData = (a: unknown, b: unknown): boolean => deepEqual(a, b);
