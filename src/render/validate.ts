// Every problem Helm would refuse a values file for: the schema's (values/validate.ts), then, when
// those pass, the rules across fields that the chart's _validate.tpl checks with the names and paths
// its templates generate (validate-rules.ts, its twin).
import { schemaProblems, ValuesError, type ValidatedValues } from "../values/validate";
import type { TValues } from "../values/schema";
import { crossFieldProblems } from "./validate-rules";

/**
 * Coalesces user values with the defaults and lists every problem Helm would refuse them for.
 * With the release name, the rules that compare generated names run too.
 */
export function validateValues(userValues: unknown, releaseName?: string): ValidatedValues {
  const checked = schemaProblems(userValues);
  if (checked.problems.length) return checked;
  return { values: checked.values, problems: crossFieldProblems(checked.values, releaseName) };
}

/** Coalesced values, or a ValuesError listing every problem. */
export function checkedValues(userValues: unknown, releaseName?: string): TValues {
  const { values, problems } = validateValues(userValues, releaseName);
  if (problems.length) throw new ValuesError(problems);
  return values;
}
