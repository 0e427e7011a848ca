// value-paths.ts, generated from the zod values schema: the type of every values path the wizard's
// fields may name, so the compiler refuses a misspelled one (see scripts/gen-chart-files.ts).
import { ZValues } from "../values/schema";
import { walkPaths, type PathStep } from "../values/walk";

// A key is written after a dot, inside a template literal type: it must need no quoting there.
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function spell(path: readonly PathStep[]): string {
  return path
    .map((step, index) => {
      if (step.kind === "item") return "[${number}]";
      const key = step.kind === "anyKey" ? "${string}" : step.key;
      if (step.kind === "key" && !PLAIN_KEY.test(key)) throw new Error(`values key "${key}" cannot be spelled in a value path: use letters, digits and '_'`);
      return index === 0 ? key : `.${key}`;
    })
    .join("");
}

/**
 * Every values path in the schema, in declaration order, as a TypeScript string or template
 * literal type spells it: "engine.env[${number}].name", "engine.labels.${string}".
 */
export function valuePathSpellings(): string[] {
  const spellings = new Set<string>();
  walkPaths(ZValues, (path) => {
    spellings.add(spell(path));
  });
  return [...spellings];
}

const literal = (spelling: string) => (spelling.includes("${") ? `\`${spelling}\`` : JSON.stringify(spelling));

function union(name: string, spellings: string[]): string[] {
  return [`export type ${name} =`, ...spellings.map((spelling, index) => `  | ${literal(spelling)}${index === spellings.length - 1 ? ";" : ""}`)];
}

/** The text of src/values/value-paths.ts. */
export function valuePathsModule(): string {
  const spellings = valuePathSpellings();
  return [
    "// Generated from src/values/schema.ts by `npm run gen`: do not edit.",
    "// Every key path of the chart's values, spelled as the wizard's fields and the core's problems",
    "// spell them (\"engine.env[0].name\"): a list entry is [${number}], a key of a map or of a loose",
    "// Kubernetes object .${string}. The fields take a ValuePath, so a misspelled path does not compile.",
    ...union("ValuePath", spellings),
    "",
    "/** The paths under free keys (of maps and loose Kubernetes objects), where the schema says nothing more. */",
    ...union("OpenValuePath", spellings.filter((spelling) => spelling.endsWith(".${string}"))),
    "",
  ].join("\n");
}
