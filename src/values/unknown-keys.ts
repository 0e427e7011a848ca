// Keys a values file sets that the chart does not know, each with the closest known key where one
// is near: listed by an import, by every reading of the wizard's text, and by the migration.
import { ZValues } from "./schema";
import { suggestKey } from "./suggest";
import { isTable } from "./tree";
import { describeNode, sectionFields, type SchemaNode } from "./walk";

export interface UnknownKey {
  path: string;
  suggestion?: string;
}

/** Every key the chart does not know, with the closest known key where one is near. */
export function unknownKeys(values: unknown): UnknownKey[] {
  const found: UnknownKey[] = [];
  walkUnknown(values, describeNode(ZValues), [], found);
  return found;
}

function walkUnknown(values: unknown, section: SchemaNode, path: string[], found: UnknownKey[]): void {
  if (!isTable(values)) return;
  const fields = new Map(sectionFields(section));
  for (const [key, value] of Object.entries(values)) {
    const schema = fields.get(key);
    const keyPath = [...path, key];
    if (!schema) {
      found.push({ path: keyPath.join("."), suggestion: suggestKey(keyPath) });
      continue;
    }
    const node = describeNode(schema);
    if (node.isSection) walkUnknown(value, node, keyPath, found);
  }
}
