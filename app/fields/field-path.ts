// One key path, two spellings: the values path the core's problems use ("engine.env[0].name")
// and the DOM id that the review step jumps to ("field-engine.env[0].name").

export function fieldId(path: string): string {
  return `field-${path}`;
}

/** The value at a values path in plain data, or undefined. */
export function valueAt(values: unknown, path: string): unknown {
  let node = values;
  for (const key of path.replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
