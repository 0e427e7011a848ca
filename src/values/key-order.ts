// Keeping a values file's key order through code that rebuilds its tables (merging over the
// defaults puts the defaults' keys first). Helm reads keys in any order, but a user reads their
// values.yaml top to bottom: a share link must give it back in the order it was written.

import { isTable, type Table } from "./tree";

/**
 * The same data with each table's keys in the order `order` has them (recursively, where both
 * are tables); keys `order` lacks follow in their own order. Values are not copied.
 */
export function inKeyOrderOf(data: Table, order: Table): Table {
  const out: Table = {};
  for (const key of Object.keys(order)) {
    if (!Object.hasOwn(data, key)) continue;
    const value = data[key];
    const model = order[key];
    out[key] = isTable(value) && isTable(model) ? inKeyOrderOf(value, model) : value;
  }
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(out, key)) out[key] = data[key];
  }
  return out;
}
