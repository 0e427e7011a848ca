// Each value's description from the schema, as the wizard shows it under a field (the chart's
// values.yaml and README say the same), without loading zod: `npm run gen` writes them to
// schema-facts.json from the schema (schema-facts.ts).
import facts from "./schema-facts.json";

const DESCRIPTIONS: Readonly<Record<string, string>> = facts.descriptions;

/**
 * The schema description of a values path such as "engine.image.ref", "engine.env[0].name" or
 * "engine.securityContext.runAsUser" (a key inside a Kubernetes object), or undefined.
 */
export function valueDescription(path: string): string | undefined {
  const key = path.replace(/\[\d+\]/g, "");
  return Object.hasOwn(DESCRIPTIONS, key) ? DESCRIPTIONS[key] : undefined;
}
