// Reads and writes one values path of the wizard's form. Writing undefined removes the key from
// its parent object, so an optional Kubernetes field the user clears is absent, not "undefined".
import { useCallback } from "react";
import { useFormContext, useWatch, type FieldPath } from "react-hook-form";
import type { WizardForm } from "../form/types";
import { formName } from "./field-path";

const WRITE = { shouldDirty: true, shouldTouch: true } as const;

export function useValue<T>(path: string): [T, (value: T | undefined) => void] {
  const { getValues, setValue } = useFormContext<WizardForm>();
  const name = formName(path);
  const value = useWatch<WizardForm>({ name }) as T;
  const set = useCallback(
    (next: T | undefined) => {
      if (next !== undefined) {
        setValue(name, next as never, WRITE);
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
    [getValues, setValue, name],
  );
  return [value, set];
}
