// go-yaml treats U+0085 (NEL) as a line break wherever it meets one, as YAML 1.1 says; the `yaml`
// package (YAML 1.2) reads it as an ordinary character. Helm's templates pass every value
// through Go's JSON encoder (toJson, and toYaml's round trip), which leaves NEL raw inside a
// double-quoted string, so go-yaml folds it there like any line break: alone it becomes a
// space, and the spaces around it go.

/** A string as go-yaml reads it back from Go's JSON: each run of NEL and spaces folded. */
export function foldNel(text: string): string {
  if (!text.includes("\u0085")) return text;
  return text.replace(/ *\u0085[ \u0085]*/g, (run) => {
    const breaks = run.split("\u0085").length - 1;
    return breaks === 1 ? " " : "\n".repeat(breaks - 1);
  });
}

/**
 * Values text as go-yaml scans it, for a YAML 1.2 parser: NEL and a lone CR are line breaks.
 * Each is one character for one, so offsets (error places, the editor's ranges) stay true.
 */
export function goLineBreaks(text: string): string {
  return /[\u0085\r]/.test(text) ? text.replace(/\u0085|\r(?!\n)/g, "\n") : text;
}

/**
 * Data as Kubernetes reads it back from Helm's output: every string and key with NEL folded.
 * Parts without NEL are returned as they are (the same objects), so nothing shared is changed;
 * and nothing is copied until a NEL is met, as a render passes every document through here.
 */
export function foldNelDeep<T>(value: T): T {
  if (typeof value === "string") return foldNel(value) as T;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const folded = foldNelDeep(value[index]);
      if (folded === value[index]) continue;
      const items = value.slice();
      items[index] = folded;
      for (let rest = index + 1; rest < items.length; rest++) items[rest] = foldNelDeep(items[rest]);
      return items as T;
    }
    return value;
  }
  if (typeof value === "object" && value !== null) {
    // for...in, not Object.entries: a render passes every document through here, and almost
    // every one has no NEL, so nothing should be allocated to find that out.
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const item = map[key];
      const folded = foldNelDeep(item);
      if (folded === item && foldNel(key) === key) continue;
      const copy: Record<string, unknown> = {};
      let seen = false;
      for (const other in map) {
        if (other === key) seen = true;
        const entry = other === key ? folded : seen ? foldNelDeep(map[other]) : map[other];
        // defineProperty, so that a key named __proto__ stays a key, as in the data read.
        Object.defineProperty(copy, seen ? foldNel(other) : other, { value: entry, enumerable: true, writable: true, configurable: true });
      }
      return copy as T;
    }
    return value;
  }
  return value;
}

/** Whether any string or key in the data holds a NEL: if none does, foldNelDeep has nothing to do. */
export function containsNel(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0085");
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some(containsNel);
  for (const key in value) {
    if (key.includes("\u0085") || containsNel((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}
