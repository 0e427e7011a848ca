// The chart's values.schema.json as monaco-yaml gets it for the user's values.yaml.

/**
 * Helm checks values.schema.json against the values merged with the chart's defaults, so the
 * `required` lists hold there; a user's values.yaml sets only what it changes, and flagging every
 * key it leaves out would drown the real problems. Each description also gets a
 * `markdownDescription` that monaco-yaml shows in hovers and completions instead: it renders the
 * plain description as markdown, where text such as `<appVersion>` passes for HTML and vanishes.
 */
export function editorSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(editorSchema);
  if (schema === null || typeof schema !== "object") return schema;
  const entries = Object.entries(schema)
    .filter(([key]) => key !== "required")
    .map(([key, value]) => [key, editorSchema(value)] as const);
  const description = (schema as { description?: unknown }).description;
  if (typeof description === "string") entries.push(["markdownDescription", markdownText(description)]);
  return Object.fromEntries(entries);
}

/** Plain text as markdown that renders as that text: every markdown and HTML character escaped, line breaks kept. */
export function markdownText(plain: string): string {
  return plain.replace(/[\\`*_{}[\]()<>#+\-.!|~&"']/g, "\\$&").replace(/\r?\n/g, "\n\n");
}
