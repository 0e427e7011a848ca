// Help text for a field: the description the values schema gives its key, so the wizard, the
// chart's values.yaml and its README say the same thing (read without loading the schema itself).
// Two things written for values.yaml are left out under a form field: a description that only
// says the label again ("Pull policy" over "Image pull policy"), and "null for none", which a
// form user does not type (an emptied field writes the null).
import { valueDescription, type ValuePath } from "../../src";

// Words that carry nothing on their own when comparing a description with its label.
const FILLER = new Set(["a", "an", "the", "of", "for", "in", "to", "and", "its", "engine", "engine's", "pod", "pods", "container", "yaml"]);

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9'.]+/)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word !== "" && !FILLER.has(word));
}

/** True when `description` adds at most one word to `label` and is short: it says the label again. */
export function repeatsLabel(description: string, label: string): boolean {
  const said = new Set(contentWords(label));
  const words = contentWords(description);
  const added = words.filter((word) => !said.has(word));
  return words.length <= 3 && added.length <= 1;
}

/**
 * The schema description of a values path such as "engine.image.ref", "engine.env[0].name" or
 * "engine.securityContext.runAsUser" (a key inside a Kubernetes object), worded for a form field
 * labelled `label`; undefined when there is none or it would only repeat the label.
 */
export function fieldHelp(path: ValuePath, label?: string): string | undefined {
  const description = valueDescription(path)?.replace(/[;,]?\s*null for none\b/g, "");
  if (description === undefined) return undefined;
  return label !== undefined && repeatsLabel(description, label) ? undefined : description;
}
