// Importing a values.yaml a user already has: dagger's chart 0.15.0, the fork this chart
// continues, dagger's 1.0-beta chart, this chart, or a parent chart with a `dagger:` block.
// Nothing the user wrote is dropped: unknown keys are listed (with a "did you mean") and stay.
import { isMap, isScalar } from "yaml";
import { offsetPosition, parseValuesText, parseValuesTextToEdit, valuesDocumentText, type TextPosition } from "../document/values-document";
import { ZValues } from "../values/schema";
import type { ValuesProblem } from "../values/validate";
import { validateValues } from "../render/validate";
import { isTable, type Table } from "../values/tree";
import { unknownKeys, type UnknownKey } from "../values/unknown-keys";
import { describeNode, sectionFields } from "../values/walk";
import { readValuesText } from "../wizard/values-state";

/** Larger files are refused: a values.yaml is a few kilobytes, and the editor must stay quick. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ChartStyle = "vendor-0.15.0" | "fork" | "vendor-1.0-beta" | "dagger-helm";

export type ImportOutcome =
  | {
      kind: "values";
      text: string;
      values: Table;
      /** How many keys the values set, nested ones included (the wizard offers a migration up to a few hundred). */
      keys: number;
      style: ChartStyle;
      aliases: string[];
      unknownKeys: UnknownKey[];
      /** What the chart refuses in values it knows (engine.kind: Deployment); the wizard shows each at its field after Import. */
      problems: ValuesProblem[];
      notes: string[];
    }
  | { kind: "parent"; candidates: string[] }
  | { kind: "error"; message: string; position?: TextPosition };

/** Reads a values file's text. A parent chart's values come back as candidates to choose from. */
export function importValuesText(text: string): ImportOutcome {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_IMPORT_BYTES) {
    return { kind: "error", message: `the file is ${(size / 1e6).toFixed(1)} MB; values files up to ${MAX_IMPORT_BYTES / 1e6} MB can be imported` };
  }
  if (text.includes("\u0000")) return { kind: "error", message: "this is not a YAML file: it holds binary data (a NUL byte)", position: offsetPosition(text, text.indexOf("\u0000")) };
  const parsed = parseValuesText(text);
  if (!parsed.ok) return { kind: "error", message: parsed.message, position: parsed.position };
  const candidates = parentBlocks(parsed.values);
  if (candidates.length) return { kind: "parent", candidates };
  // The text as the wizard reads it once imported (the same reading, from its cache): the
  // problems and unknown keys are worked out once, here, for a megabyte as for a line.
  const reading = readValuesText(text);
  if (!reading.ok) return { kind: "error", message: reading.message, position: reading.position };
  const { userValues, problems, unknownKeys: unknown } = reading.snapshot;
  return understood(text, userValues, parsed.notes, problems, unknown);
}

/** Uses one block of a parent chart's values (for example `dagger:`), comments included. */
export function importParentBlock(text: string, key: string): ImportOutcome {
  const parsed = parseValuesTextToEdit(text);
  if (!parsed.ok) return { kind: "error", message: parsed.message, position: parsed.position };
  const contents = parsed.doc.contents;
  const pair = isMap(contents) ? contents.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === key) : undefined;
  const block = pair?.value;
  if (!isMap(block)) return { kind: "error", message: `the file has no block ${key}: with the engine's values`, position: { line: 1, column: 1 } };
  parsed.doc.contents = block;
  parsed.doc.commentBefore = null;
  const blockText = valuesDocumentText(parsed.doc);
  const values = (parsed.values[key] ?? {}) as Table;
  return understood(blockText, values, parsed.notes);
}

function understood(text: string, values: Table, notes: string[], problems = validateValues(values).problems, unknown = unknownKeys(values)): ImportOutcome {
  const listed = new Set(unknown.map((key) => key.path));
  // Unknown keys are listed on their own (with a "did you mean"); the rest is what the schema refuses.
  const refused = problems.filter((problem) => !listed.has(problem.path));
  return { kind: "values", text, values, keys: keyCount(values), style: chartStyle(values), aliases: aliasesIn(values), unknownKeys: unknown, problems: refused, notes };
}

/** How many keys the values set, nested ones included (not those inside lists). */
function keyCount(values: unknown): number {
  if (!isTable(values)) return 0;
  let count = 0;
  for (const value of Object.values(values)) count += 1 + keyCount(value);
  return count;
}

const OWN_TOP_KEYS = new Set(sectionFields(describeNode(ZValues)).map(([key]) => key));

/**
 * Top-level keys whose value looks like this chart's values while the top level itself does
 * not: a parent chart's dependency block such as `dagger:`.
 */
export function parentBlocks(values: Table): string[] {
  const ownKeys = Object.keys(values).filter((key) => OWN_TOP_KEYS.has(key) && key !== "global");
  if (ownKeys.includes("engine")) return [];
  return Object.entries(values)
    .filter(([, block]) => isTable(block) && (isTable(block.engine) || isTable(block.magicache) || isTable(block.additionalResources)))
    .map(([key]) => key);
}

/** Which chart a values file was written for, from the keys only that chart has. */
export function chartStyle(values: Table): ChartStyle {
  const engine = isTable(values.engine) ? values.engine : {};
  const has = (table: Table, keys: string[]) => keys.some((key) => Object.hasOwn(table, key));
  if (has(engine, ["readinessProbe", "livenessProbe", "containerSecurityContext", "shareProcessNamespace"])) return "dagger-helm";
  if (has(values, ["additionalResources", "volumeMountsPostfix"]) || has(engine, ["kind", "statefulSet", "securityContext"])) return "fork";
  if (has(values, ["service"]) || has(engine, ["port", "containerPorts", "env", "sidecars", "volumes", "livenessProbeSettings", "imagePullSecrets", "runtimeClassName"])) {
    return "vendor-1.0-beta";
  }
  return "vendor-0.15.0";
}

/** The vendor names and parent-chart keys the file uses, which the chart reads as aliases. */
export function aliasesIn(values: Table): string[] {
  const engine = isTable(values.engine) ? values.engine : {};
  const aliases: string[] = [];
  if (Object.hasOwn(engine, "readinessProbeSettings")) aliases.push("engine.readinessProbeSettings (merged over engine.readinessProbe)");
  if (Object.hasOwn(engine, "livenessProbeSettings")) aliases.push("engine.livenessProbeSettings (merged over engine.livenessProbe)");
  if (Object.hasOwn(values, "nodeSelector")) aliases.push("nodeSelector (under engine.nodeSelector, which wins per key)");
  if (Object.hasOwn(values, "affinity")) aliases.push("affinity (under engine.affinity, which wins per key)");
  return aliases;
}
