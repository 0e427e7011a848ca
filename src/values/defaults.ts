// The chart's defaults, as the schema gives them (ZValues parsed from nothing), read from the file
// `npm run gen` writes from it: code that needs the defaults does not have to load zod.
import type { TValues } from "./schema";
import facts from "./schema-facts.json";

const DEFAULTS = deepFreeze(facts.defaults as unknown as TValues);

/** The chart's default values. Frozen: copy before changing. */
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
