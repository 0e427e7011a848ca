// Reads and writes one values path of the wizard's state, the user's values.yaml text. A field
// reads the defaults merged with the last text that parsed, and writes through the yaml Document
// API (writeFieldValue): only the touched node changes, comments and order stay, and a value
// equal to the chart's default is not added to a text that does not have it. Writing undefined
// clears the key: null where the chart has a default (Helm's way to remove one), else removed.
import { notifications } from "@mantine/notifications";
import { useCallback } from "react";
import { useFormContext } from "react-hook-form";
import { writeFieldValue } from "../../src/wizard/field-write";
import type { WizardForm } from "../form/types";
import { useValuesState } from "../form/values-state";
import { valueAt } from "./field-path";

export { clearedValue } from "../../src/wizard/field-write";

const WRITE = { shouldDirty: true, shouldTouch: true } as const;

export function useValue<T>(path: string): [T, (value: T | undefined) => void] {
  const { getValues, setValue } = useFormContext<WizardForm>();
  const value = valueAt(useValuesState().lastGood.formValues, path) as T;
  const set = useCallback(
    (next: T | undefined) => {
      // The text as it is now, not as last rendered: two writes in one event both land.
      const text = getValues("valuesText");
      let written: string;
      try {
        written = writeFieldValue(text, path, next);
      } catch (error) {
        notifications.show({ color: "red", title: `${path} was not changed`, message: (error as Error).message });
        return;
      }
      if (written !== text) setValue("valuesText", written, WRITE);
    },
    [getValues, setValue, path],
  );
  return [value, set];
}
