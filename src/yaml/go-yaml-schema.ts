// The YAML that Helm and Kubernetes read: go-yaml v2's resolution of plain scalars (YAML 1.1 as
// gopkg.in/yaml.v2 implements it, which sigs.k8s.io/yaml uses for values files and manifests).
// The `yaml` package's own 1.1 schema differs at the edges (it reads `e-68` as a number and
// `190:20:30` as sexagesimal; go-yaml reads both as strings, and `0o17` as 15), so we give it
// these tags instead. Written by hand: no package ships go-yaml's resolver for JavaScript.
import type { ScalarTag } from "yaml";

const TRUE = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
const FALSE = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Go's strconv.ParseInt(s, 0, 64) and then ParseUint(s, 0, 64); undefined when neither parses. */
function goParseInt(text: string): number | undefined {
  const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!match) return undefined;
  const [, sign, digits = ""] = match;
  let magnitude: bigint;
  if (/^0[oO]/.test(digits)) magnitude = BigInt(`0o${digits.slice(2)}`);
  else if (/^0[0-7]+$/.test(digits)) magnitude = BigInt(`0o${digits.slice(1)}`);
  else magnitude = BigInt(digits.toLowerCase());
  const value = sign === "-" ? -magnitude : magnitude;
  if (value >= INT64_MIN && value <= INT64_MAX) return Number(value);
  if (sign === "" && value <= UINT64_MAX) return Number(value);
  return undefined;
}

/** What go-yaml v2 makes of a plain scalar that starts with a digit, a sign or a dot. */
export function goNumber(text: string): number | string {
  // go-yaml tries numbers only for a first character of +, -, a digit or '.' (resolveTable).
  if (!/^[-+.0-9]/.test(text)) return text;
  if (text.startsWith(".")) {
    return /^\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?$/.test(text) ? Number(text.replaceAll("_", "")) : text;
  }
  // A timestamp such as 2001-01-01 becomes a time, which Kubernetes sees as an RFC 3339 string;
  // the writers below always quote such strings, so reading them back as text is faithful here.
  if (/^[0-9]{4}-/.test(text)) return text;
  const plain = text.replaceAll("_", "");
  const integer = goParseInt(plain);
  if (integer !== undefined) return integer;
  if (YAML_STYLE_FLOAT.test(plain)) {
    const float = Number(plain);
    if (Number.isFinite(float)) return float;
  }
  return text;
}

function stringifyNumber(value: unknown): string {
  const number = value as number;
  if (Number.isNaN(number)) return ".nan";
  if (!Number.isFinite(number)) return number > 0 ? ".inf" : "-.inf";
  return Object.is(number, -0) ? "-0" : String(number);
}

/**
 * Matches the plain scalars go-yaml reads as numbers, and those it reads as timestamps: the
 * `yaml` package only needs a `test` method, and it asks the same question when it decides
 * whether a string must be quoted, so this one test serves both reading and writing.
 */
const GO_NUMBER_TEST = {
  test: (text: string) => /^[0-9]{4}-/.test(text) || typeof goNumber(text) === "number",
} as unknown as RegExp;

export const GO_YAML_TAGS: ScalarTag[] = [
  {
    tag: "tag:yaml.org,2002:null",
    default: true,
    test: /^(?:~|null|Null|NULL)?$/,
    identify: (value) => value === null || value === undefined,
    resolve: () => null,
    stringify: () => "null",
  },
  {
    tag: "tag:yaml.org,2002:bool",
    default: true,
    test: new RegExp(`^(?:${[...TRUE, ...FALSE].join("|")})$`),
    identify: (value) => typeof value === "boolean",
    resolve: (text) => TRUE.includes(text),
    stringify: ({ value }) => (value ? "true" : "false"),
  },
  {
    tag: "tag:yaml.org,2002:float",
    default: true,
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    resolve: (text) => (/nan/i.test(text) ? Number.NaN : text.startsWith("-") ? -Infinity : Infinity),
  },
  {
    tag: "tag:yaml.org,2002:int",
    default: true,
    test: GO_NUMBER_TEST,
    identify: (value) => typeof value === "number" || typeof value === "bigint",
    resolve: (text) => goNumber(text),
    stringify: ({ value }) => stringifyNumber(value),
  },
];
