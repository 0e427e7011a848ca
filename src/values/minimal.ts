// minimalValues: the values.yaml a user exports, holding only what differs from the defaults.
import { coalesceValues } from "./coalesce";
import { defaultValues } from "./defaults";
import { toYaml11 } from "../yaml/yaml11";
import { inKeyOrderOf } from "./key-order";
import { deepEqual, isTable, type Table } from "./tree";

/**
 * What differs between the values Helm would see and the defaults. Tables recurse; lists and
 * scalars appear whole; a default the user removed appears as null. Coalescing the result with
 * the defaults gives the same values as coalescing the user's.
 */
export function minimalValues(userValues: Table): Table {
  const defaults = defaultValues() as Table;
  // A removed default (null) comes out last from diffTables; it goes back where the user put it.
  return inKeyOrderOf(diffTables(coalesceValues(defaults, userValues), defaults), userValues);
}

function diffTables(values: Table, defaults: Table): Table {
  const out: Table = {};
  for (const [key, value] of Object.entries(values)) {
    if (!Object.hasOwn(defaults, key)) {
      out[key] = value;
      continue;
    }
    const fallback = defaults[key];
    if (isTable(value) && isTable(fallback)) {
      const nested = diffTables(value, fallback);
      if (Object.keys(nested).length) out[key] = nested;
    } else if (!deepEqual(value, fallback)) {
      out[key] = value;
    }
  }
  // A removed default becomes null; a default that is null itself needs no mention.
  for (const [key, fallback] of Object.entries(defaults)) {
    if (!Object.hasOwn(values, key) && fallback !== null) out[key] = null;
  }
  return out;
}

/** minimalValues as YAML 1.1 text; "{}\n" when nothing differs. */
export function minimalValuesText(userValues: Table): string {
  return toYaml11(minimalValues(userValues));
}
