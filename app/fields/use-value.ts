// Reads and writes one values path of the wizard's state, the user's values.yaml text. A field
// reads the defaults merged with the last text that parsed (and re-renders only when its own value
// changes), and writes through the yaml Document API (field-writes.ts): only the touched node
// changes, comments and order stay, and a value equal to the chart's default is not added to a
// text that does not have it. Writing undefined clears the key: null where the chart has a
// default (Helm's way to remove one), else removed.
import { notifications } from "@mantine/notifications";
import { useCallback } from "react";
import type { ValuePath } from "../../src";
import { writeField } from "../form/field-writes";
import { sameData, useWizard, useWizardStore } from "../form/use-wizard";
import { valueAt } from "./field-path";

export { clearedValue } from "../../src";

const showWriteError = (path: string, message: string) => notifications.show({ color: "red", title: `${path} was not changed`, message });

export function useValue<T>(path: ValuePath): [T, (value: T | undefined) => void] {
  const store = useWizardStore();
  const value = useWizard((state) => valueAt(state.form.values, path) as T, sameData, path);
  const set = useCallback((next: T | undefined) => writeField(store, path, next, showWriteError), [store, path]);
  return [value, set];
}
