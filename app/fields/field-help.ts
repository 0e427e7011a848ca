// Help text for a field: the description the values schema gives its key, so the wizard, the
// chart's values.yaml and its README say the same thing.
import type { z } from "zod";
import { ZValues } from "../../src/values/schema";
import { describeNode, nodeAt } from "../../src/values/walk";

type Walkable = { shape?: Record<string, z.ZodType>; element?: z.ZodType };

/**
 * The schema description of a values path such as "engine.image.ref", "engine.env[0].name" or
 * "engine.securityContext.runAsUser" (a key inside a Kubernetes object), or undefined.
 */
export function fieldHelp(path: string): string | undefined {
  const keys = path.replace(/\[\d+\]/g, "").split(".");
  const direct = nodeAt(ZValues, keys)?.description;
  if (direct) return direct;
  // nodeAt stops at removable objects (security contexts, probes) and lists; their own fields
  // carry descriptions too.
  let node = describeNode(ZValues);
  for (const key of keys) {
    let inner = node.inner as unknown as Walkable;
    if (inner.element) inner = describeNode(inner.element).inner as unknown as Walkable;
    const child = inner.shape?.[key];
    if (!child) return undefined;
    node = describeNode(child);
  }
  return node.description;
}
