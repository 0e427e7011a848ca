// Helm's way of combining values, copied from helm.sh/helm/v3/pkg/chartutil (coalesce.go and
// mergeMaps in values.go) so that the core sees exactly the .Values that templates see.
import { isTable, type Table } from "./tree";

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
 * a key the defaults do not have stays as null. The inputs are not changed; the result shares
 * their lists and scalars, so treat it as read-only.
 */
export function coalesceValues(defaults: Table, user: Table): Table {
  // Nothing to merge into (a default of {}, as for labels): the user's table is the result as it
  // is, and stays the same object from one keystroke to the next while nothing in it changes.
  if (isEmptyTable(defaults)) return user;
  const out: Table = {};
  // for...in over plain data (no inherited keys): it runs on every keystroke, and allocates less
  // than Object.entries.
  for (const key in user) {
    const userValue = user[key];
    if (!Object.hasOwn(defaults, key)) {
      out[key] = userValue;
      continue;
    }
    if (userValue === null) continue;
    const defaultValue = defaults[key];
    // Where a table meets a non-table, the user's value stands: Helm only warns.
    out[key] = isTable(defaultValue) && isTable(userValue) ? coalesceValues(defaultValue, userValue) : userValue;
  }
  for (const key in defaults) {
    if (!Object.hasOwn(user, key)) out[key] = defaults[key];
  }
  return out;
}

function isEmptyTable(table: Table): boolean {
  for (const key in table) if (Object.hasOwn(table, key)) return false;
  return true;
}
