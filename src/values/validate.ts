// Validation of user values: Helm's coalescing, then the zod schema (which values.schema.json is
// generated from), then the cross-field rules of the chart's validation helper.
import type { z } from "zod";
import { coalesceValues } from "./coalesce";
import { crossFieldProblems } from "./cross-field";
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
 * Coalesces user values with the defaults and lists every problem Helm would refuse them for.
 * With the release name, the rules that compare generated names run too.
 */
export function validateValues(userValues: unknown, releaseName?: string): ValidatedValues {
  if (userValues === null || userValues === undefined) userValues = {};
  if (!isTable(userValues)) {
    return { values: defaultValues(), problems: [{ path: "", message: "values must be a YAML mapping of keys to values" }] };
  }
  const values = coalesceValues(defaultValues() as Table, userValues);
  const parsed = ZValues.safeParse(values);
  const problems = missingKeys(values, REQUIRED, []);
  if (!parsed.success) problems.push(...parsed.error.issues.flatMap(issueProblems));
  if (problems.length) return { values: values as TValues, problems };
  return { values: values as TValues, problems: crossFieldProblems(values as TValues, releaseName) };
}

/** Coalesced values, or a ValuesError listing every problem. */
export function checkedValues(userValues: unknown, releaseName?: string): TValues {
  const { values, problems } = validateValues(userValues, releaseName);
  if (problems.length) throw new ValuesError(problems);
  return values;
}

/** The keys each section requires, and its subsections: worked out once from the schema. */
interface RequiredTree {
  required: string[];
  sections: [string, RequiredTree][];
}

function requiredTree(section: SchemaNode): RequiredTree {
  const tree: RequiredTree = { required: [], sections: [] };
  for (const [key, schema] of sectionFields(section)) {
    const node = describeNode(schema);
    if (!node.removable) tree.required.push(key);
    if (node.isSection) tree.sections.push([key, requiredTree(node)]);
  }
  return tree;
}

const REQUIRED = requiredTree(describeNode(ZValues));

/**
 * Keys the chart needs that a user's null removed. zod would quietly fill in their defaults;
 * values.schema.json lists them as required, so Helm refuses their absence, and so do we.
 */
function missingKeys(values: unknown, tree: RequiredTree, path: string[]): ValuesProblem[] {
  if (!isTable(values)) return [];
  const problems: ValuesProblem[] = [];
  for (const key of tree.required) {
    if (Object.hasOwn(values, key)) continue;
    const where = formatPath([...path, key]);
    problems.push({ path: where, message: `${where}: is required; null removed it (set a value, or leave the key out for the default)` });
  }
  for (const [key, subtree] of tree.sections) {
    if (Object.hasOwn(values, key)) problems.push(...missingKeys(values[key], subtree, [...path, key]));
  }
  return problems;
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
