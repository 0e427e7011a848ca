// A large values.yaml as a user could import one: a map of labels up to about a megabyte, under
// the import's limit (src/import/import-values.ts MAX_IMPORT_BYTES). Made when needed, never committed.

export interface LargeValues {
  text: string;
  /** How many labels it sets. */
  labels: number;
}

/** `labels:` (on every resource) with as many entries as fit in `bytes`. */
export function largeLabelsValues(bytes = 990_000): LargeValues {
  const lines = ["# A large values.yaml: many labels", "labels:"];
  let size = lines.join("\n").length + 1;
  for (let index = 0; ; index++) {
    const line = `  team.example.com/label-${String(index).padStart(5, "0")}: value-${index}`;
    if (size + line.length + 1 > bytes) return { text: `${lines.join("\n")}\n`, labels: index };
    lines.push(line);
    size += line.length + 1;
  }
}
