// Where two parsed documents first differ, for readable parity failures.
import { isTable } from "../src/values/tree";

export function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isTable(a) && isTable(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return undefined;
  }
  if (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) return undefined;
  return Object.is(a, b) ? undefined : `${path || "(root)"}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
