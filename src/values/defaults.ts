import { ZValues, type TValues } from "./schema";

const DEFAULTS: TValues = deepFreeze(ZValues.parse({}));

/** The chart's default values, derived once from the schema. Frozen: copy before changing. */
export function defaultValues(): TValues {
  return DEFAULTS;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
