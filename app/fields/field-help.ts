// Help text for a field: the description the values schema gives its key, so the wizard, the
// chart's values.yaml and its README say the same thing (read without loading the schema itself).
import { valueDescription } from "../../src";

/**
 * The schema description of a values path such as "engine.image.ref", "engine.env[0].name" or
 * "engine.securityContext.runAsUser" (a key inside a Kubernetes object), or undefined.
 */
export function fieldHelp(path: string): string | undefined {
  return valueDescription(path);
}
