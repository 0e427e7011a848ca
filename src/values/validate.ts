// Validation of user values against the schema: Helm's coalescing, then the zod schema (which
// values.schema.json is generated from). The rules across fields follow in render/validate.ts.
import type { z } from "zod";
import { coalesceValues } from "./coalesce";
import { defaultValues } from "./defaults";
import { suggestKey } from "./suggest";
import { ZValues, type TValues } from "./schema";
import { formatPath, isTable, type Table } from "./tree";
import { describeNode, sectionFields, type SchemaNode } from "./walk";

export interface ValuesProblem {
  /** Where: a key path such as engine.env[0].name, or "" for the whole file. */
  path: string;
  /** A whole sentence that names the path, as Helm's messages do. */
  message: string;
}

export interface ValidatedValues {
  /** The values the templates see: user values coalesced with the defaults. */
  values: TValues;
  problems: ValuesProblem[];
}

export class ValuesError extends Error {
  constructor(readonly problems: ValuesProblem[]) {
    super(problems.map((problem) => problem.message).join("\n"));
    this.name = "ValuesError";
  }
}

/**
 * Coalesces user values with the defaults and lists what the schema refuses: unknown keys, wrong
 * types, values out of range. The rules across fields, which compare generated names and paths as
 * the chart's templates do, live beside the templates (render/validate.ts adds them).
 */
export function schemaProblems(userValues: unknown): ValidatedValues {
  if (userValues === null || userValues === undefined) userValues = {};
  if (!isTable(userValues)) {
    return { values: defaultValues(), problems: [{ path: "", message: "values must be a YAML mapping of keys to values" }] };
  }
  const defaults = defaultValues() as Table;
  const values = coalesceValues(defaults, userValues);
  return { values: values as TValues, problems: sectionProblems(values, defaults, PLAN, []) };
}

/**
 * How to check each section of the values: its fields' schemas, which keys it requires, and its
 * subsections. Worked out once from the zod schema.
 */
interface FieldPlan {
  key: string;
  schema: z.ZodType;
  required: boolean;
  section?: SectionPlan;
  movedTo?: string;
  /**
   * The problems found in a table or list this field held, by that very object. Values are never
   * changed in place (a write copies the path it changes), so an object seen before has the same
   * problems: a keystroke in one field checks the objects on its path, not a long env list or a
   * table of labels beside it.
   */
  checked: WeakMap<object, ValuesProblem[]>;
}

interface SectionPlan {
  /** In the schema's order; an array, as it is walked on every keystroke. */
  fields: FieldPlan[];
  keys: Set<string>;
}

function planSection(section: SchemaNode): SectionPlan {
  const fields: FieldPlan[] = [];
  for (const [key, schema] of sectionFields(section)) {
    const node = describeNode(schema);
    const movedTo = (schema.meta() as { movedTo?: string } | undefined)?.movedTo;
    fields.push({ key, schema, required: !node.removable && !movedTo, section: node.isSection ? planSection(node) : undefined, movedTo, checked: new WeakMap() });
  }
  return { fields, keys: new Set(fields.map((field) => field.key)) };
}

const PLAN = planSection(describeNode(ZValues));

/**
 * What the schema refuses in a section of the coalesced values, as ZValues.safeParse would say it,
 * plus the required keys a user's null removed (zod would quietly fill in their defaults, while
 * values.schema.json lists them as required, so Helm refuses their absence). A subtree that is
 * still the chart's own default (coalescing shares it) is valid by construction and skipped:
 * the wizard validates on every keystroke.
 */
function sectionProblems(values: Table, defaults: Table | undefined, plan: SectionPlan, path: string[]): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  // Plain loops, and a path built only for a problem or a subsection: this runs on every
  // keystroke, over every field of the schema.
  const unknown: string[] = [];
  for (const key in values) if (!plan.keys.has(key)) unknown.push(key);
  if (unknown.length) problems.push(...issueProblems({ code: "unrecognized_keys", keys: unknown, path, message: "", input: values } as z.core.$ZodIssue));
  for (const field of plan.fields) {
    const key = field.key;
    if (!Object.hasOwn(values, key)) {
      if (field.required) {
        const at = formatPath([...path, key]);
        problems.push({ path: at, message: `${at}: is required; null removed it (set a value, or leave the key out for the default)` });
      }
      continue;
    }
    const value = values[key];
    if (field.movedTo) {
      const at = formatPath([...path, key]);
      problems.push({ path: at, message: movedKeyMessage(at, field.movedTo) });
      continue;
    }
    const fallback = defaults?.[key];
    if (value === fallback) continue;
    const object = typeof value === "object" && value !== null ? value : undefined;
    const known = object && field.checked.get(object);
    if (known) {
      problems.push(...known);
      continue;
    }
    const found = fieldProblems(field, value, isTable(fallback) ? fallback : undefined, [...path, key]);
    if (object) field.checked.set(object, found);
    problems.push(...found);
  }
  return problems;
}

/** What the schema refuses in one field's value (a section's value, section by section). */
function fieldProblems(field: FieldPlan, value: unknown, fallback: Table | undefined, path: string[]): ValuesProblem[] {
  if (field.section && isTable(value)) return sectionProblems(value, fallback, field.section, path);
  const result = field.schema.safeParse(value);
  return result.success ? [] : result.error.issues.flatMap((issue) => issueProblems({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue));
}

/** The message for a key no upstream chart ever had; _validate.tpl says the same. */
export function movedKeyMessage(path: string, target: string): string {
  return `${path}: not a value of this chart; use ${target} instead`;
}

function issueProblems(issue: z.core.$ZodIssue): ValuesProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const suggestion = suggestKey(path.map(String));
      const hint = suggestion ? ` Did you mean ${suggestion}?` : "";
      return { path: formatPath(path), message: `${formatPath(path)}: unknown key; the chart has no such value.${hint}` };
    });
  }
  if (issue.code === "invalid_key") {
    const reason = issue.issues[0]?.message ?? "is not a valid key";
    const path = formatPath(issue.path);
    return [{ path, message: `${path}: the key ${reason}` }];
  }
  if (issue.code === "invalid_union") {
    // A union's branches each complain; the first branch's message is the most telling one.
    const first = issue.errors[0]?.[0];
    if (first) return issueProblems({ ...first, path: [...issue.path, ...first.path] } as z.core.$ZodIssue);
  }
  const path = formatPath(issue.path);
  return [{ path, message: `${path}: ${issue.message}` }];
}
