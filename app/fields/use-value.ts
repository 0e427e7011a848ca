// Reads and writes one values path of the wizard's state, the user's values.yaml text. A field
// reads the defaults merged with the last text that parsed (and re-renders only when its own value
// changes), and writes through the yaml Document API (field-writes.ts): only the touched node
// changes, comments and order stay, and a value equal to the chart's default is not added to a
// text that does not have it. Writing undefined clears the key: null where the chart has a
// default (Helm's way to remove one), else removed.
import { notifications } from "@mantine/notifications";
import { useCallback, useLayoutEffect, useRef, type ChangeEvent, type RefObject } from "react";
import type { ValuePath } from "../../src";
import { typedAndWaiting, writeField } from "../form/field-writes";
import { sameData, useWizard, useWizardStore } from "../form/use-wizard";
import { valueAt } from "./field-path";

export { clearedValue } from "../../src";

/** A refused write, told in a notification: the field goes back to what the text holds. */
export const showWriteError = (path: string, message: string) => notifications.show({ color: "red", title: `${path} was not changed`, message });

export function useValue<T>(path: ValuePath): [T, (value: T | undefined) => void] {
  const store = useWizardStore();
  const value = useWizard((state) => valueAt(state.form.values, path) as T, sameData, path);
  const set = useCallback((next: T | undefined) => writeField(store, path, next, showWriteError), [store, path]);
  return [value, set];
}

export interface TTypedInput {
  ref: RefObject<HTMLInputElement | null>;
  defaultValue: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * A text input the browser keeps while the user types (uncontrolled), for the value at `path`
 * (shown as text; an emptied input writes `emptyValue`). A keystroke renders nothing: a
 * controlled input re-rendered its field, Mantine's wrapper and all, inside the key's task,
 * before the frame that shows the character. The write follows that frame (field-writes.ts).
 * The input takes the value the state holds whenever it changes from elsewhere (the values.yaml
 * editor, a preset, a refused write), never while a value typed into it waits to be written.
 */
export function useTypedText(path: ValuePath, emptyValue: "" | undefined): TTypedInput {
  const store = useWizardStore();
  const shownOf = (values: unknown) => {
    const value = valueAt(values, path);
    return value === undefined || value === null ? "" : String(value);
  };
  const shown = useWizard((state) => shownOf(state.form.values), Object.is, path);
  return useTypedInput(path, shown, (text, element) =>
    writeField(
      store,
      path,
      text === "" ? emptyValue : text,
      (failed, message) => {
        showWriteError(failed, message);
        // The input goes back to what the text holds.
        if (!typedAndWaiting(path)) element.value = shownOf(store.getState().form.values);
      },
      { inputShows: true },
    ),
  );
}

/**
 * The uncontrolled input of a text kept in the state under `key` (a values path, or an
 * `afterTyping` key): it shows `shown` when that changes and nothing typed into it waits.
 */
export function useTypedInput(key: string, shown: string, typed: (text: string, element: HTMLInputElement) => void): TTypedInput {
  const ref = useRef<HTMLInputElement | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element && element.value !== shown && !typedAndWaiting(key)) element.value = shown;
  }, [key, shown]);
  return { ref, defaultValue: shown, onChange: (event) => typed(event.currentTarget.value, event.currentTarget) };
}
