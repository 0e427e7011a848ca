// Reads and writes one values path of the wizard's form. Writing undefined clears the key: the
// form holds the full values, where an absent key means "the chart's default", so a key the
// chart has a default for is cleared with null (Helm's way to remove a default), and any other
// key is removed from its parent object (never left as "undefined").
import { useCallback } from "react";
import { useFormContext, useWatch, type FieldPath } from "react-hook-form";
import { defaultValues } from "../../src";
import type { WizardForm } from "../form/types";
import { formName, valueAt } from "./field-path";

/** What clearing a values path writes: null where the chart has a default, else nothing. */
export function clearedValue(path: string): null | undefined {
  return valueAt(defaultValues(), path) === undefined ? undefined : null;
}

const WRITE = { shouldDirty: true, shouldTouch: true } as const;

export function useValue<T>(path: string): [T, (value: T | undefined) => void] {
  const { getValues, setValue } = useFormContext<WizardForm>();
  const name = formName(path);
  const value = useWatch<WizardForm>({ name }) as T;
  const set = useCallback(
    (next: T | undefined) => {
      const value = next === undefined ? clearedValue(path) : next;
      if (value !== undefined) {
        setValue(name, value as never, WRITE);
        return;
      }
      const cut = name.lastIndexOf(".");
      const parentName = name.slice(0, cut) as FieldPath<WizardForm>;
      const key = name.slice(cut + 1);
      const parent = getValues(parentName) as unknown;
      if (parent === null || typeof parent !== "object" || Array.isArray(parent) || !(key in parent)) return;
      const { [key]: _removed, ...rest } = parent as Record<string, unknown>;
      setValue(parentName, rest as never, WRITE);
    },
    [getValues, setValue, name, path],
  );
  return [value, set];
}
