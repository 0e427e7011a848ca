// Helm's way of combining values, copied from helm.sh/helm/v3/pkg/chartutil (coalesce.go and
// mergeMaps in values.go) so that the core sees exactly the .Values that templates see.
import { deepClone, isTable, type Table } from "./tree";

/**
 * Merges several user values files as `helm -f a.yaml -f b.yaml` does: later files win, tables
 * merge deeply, and a null stays as null (so that coalescing can then remove the default).
 */
export function mergeValueFiles(files: readonly Table[]): Table {
  let merged: Table = {};
  for (const file of files) merged = mergeMaps(merged, file);
  return merged;
}

function mergeMaps(a: Table, b: Table): Table {
  const out: Table = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    out[key] = isTable(value) && isTable(current) ? mergeMaps(current, value) : value;
  }
  return out;
}

/**
 * Coalesces user values with the chart defaults as Helm does: tables merge deeply, lists and
 * scalars from the user replace the default, and a user null removes the default key. A null for
 * a key the defaults do not have stays as null. The inputs are not changed.
 */
export function coalesceValues(defaults: Table, user: Table): Table {
  const out = deepClone(user);
  coalesceTables(out, deepClone(defaults));
  return out;
}

function coalesceTables(dst: Table, src: Table): void {
  for (const [key, defaultValue] of Object.entries(src)) {
    if (Object.hasOwn(dst, key)) {
      const userValue = dst[key];
      if (userValue === null) delete dst[key];
      else if (isTable(defaultValue) && isTable(userValue)) coalesceTables(userValue, defaultValue);
      // Otherwise the user's value stands: Helm only warns when a table meets a non-table.
    } else {
      dst[key] = defaultValue;
    }
  }
}
