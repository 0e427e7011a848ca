// One key path, three spellings: the values path the core's problems use
// ("engine.env[0].name"), the react-hook-form name ("values.engine.env.0.name") and the DOM id
// that the review step jumps to ("field-engine.env[0].name").
import type { FieldPath } from "react-hook-form";
import type { WizardForm } from "../form/types";

export function formName(path: string): FieldPath<WizardForm> {
  return `values.${path.replace(/\[(\d+)\]/g, ".$1")}` as FieldPath<WizardForm>;
}

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
