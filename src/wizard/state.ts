// The wizard's state as plain values: the release it installs and the chart values it sets, as a
// share link carries them. The wizard itself holds the user's values.yaml text
// (text-state.ts WizardTextState); textStateFrom and shareableState convert between the two.
import { mergeValueFiles } from "../values/coalesce";
import { defaultValues } from "../values/defaults";
import { inKeyOrderOf } from "../values/key-order";
import type { TValues } from "../values/schema";
import { isTable, type Table } from "../values/tree";

export interface WizardState {
  release: { name: string; namespace: string };
  /** The full (coalesced) chart values. */
  values: TValues;
}

/** What the wizard starts from: the chart defaults, installed as release "dagger" in "dagger". */
export const DEFAULT_RELEASE = { name: "dagger", namespace: "dagger" } as const;

/** The start of the wizard's text state: the defaults (an empty values.yaml), release "dagger" in "dagger". */
export function initialTextState(): { release: { name: string; namespace: string }; valuesText: string } {
  return { release: { ...DEFAULT_RELEASE }, valuesText: "" };
}

export function initialState(): WizardState {
  // defaultValues() is frozen; the form needs its own copy to change.
  return { release: { ...DEFAULT_RELEASE }, values: structuredClone(defaultValues()) as TValues };
}

/**
 * The form's full values for a user values file: the file merged over the defaults. A null the
 * file gives a default (readinessProbe: null, "render no probe") stays null, as the form keeps
 * it: coalescing would delete the key, and the removal would be lost on the way back to a file.
 */
export function valuesFrom(userValues: Table): TValues {
  // In the file's key order, so that a share link gives the file back as it was written.
  return structuredClone(inKeyOrderOf(mergeValueFiles([defaultValues() as Table, userValues]), userValues)) as TValues;
}

/**
 * The form's values as minimalValues should be given them. minimalValues reads a null as "remove
 * this default", so a key whose default is null itself (engine.port, engine.hostPort) would come
 * out as a spurious `port: null`; such keys are left out here, which means the same to Helm.
 */
export function userValuesOf(values: TValues | Table): Table {
  return withoutNullDefaults(values as Table, defaultValues() as Table);
}

function withoutNullDefaults(values: Table, defaults: Table): Table {
  const out: Table = {};
  for (const [key, value] of Object.entries(values)) {
    const fallback = Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    if (value === null && fallback === null) continue;
    out[key] = isTable(value) && isTable(fallback) ? withoutNullDefaults(value, fallback) : value;
  }
  return out;
}

/** A Kubernetes namespace name (a DNS-1123 label); undefined when fine. */
export function namespaceProblem(namespace: string): string | undefined {
  if (!namespace) return "namespace: must not be empty";
  if (namespace.length > 63) return `namespace: "${namespace}" is ${namespace.length} characters; Kubernetes allows at most 63`;
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace)) {
    return `namespace: "${namespace}" must be lower-case letters, digits and '-', starting and ending with a letter or digit`;
  }
  return undefined;
}
