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
 * Parts without NEL are returned as they are (the same objects), so nothing shared is changed.
 */
export function foldNelDeep<T>(value: T): T {
  if (typeof value === "string") return foldNel(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const folded = foldNelDeep(item);
      changed ||= folded !== item;
      return folded;
    });
    return (changed ? items : value) as T;
  }
  if (typeof value === "object" && value !== null) {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const folded: [string, unknown] = [foldNel(key), foldNelDeep(item)];
      changed ||= folded[0] !== key || folded[1] !== item;
      return folded;
    });
    return (changed ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}
