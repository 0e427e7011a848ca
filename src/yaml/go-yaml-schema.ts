// The YAML that Helm and Kubernetes read: go-yaml v2's resolution of plain scalars (YAML 1.1 as
// gopkg.in/yaml.v2 implements it, which sigs.k8s.io/yaml uses for values files and manifests).
// The `yaml` package's own 1.1 schema differs at the edges (it reads `e-68` as a number and
// `190:20:30` as sexagesimal; go-yaml reads both as strings, and `0o17` as 15), so we give it
// these tags instead. Written by hand: no package ships go-yaml's resolver for JavaScript.
import type { ScalarTag } from "yaml";
import { goInteger, goIntegerType } from "./go-keys";

const TRUE = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
const FALSE = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Go's strconv.ParseInt(s, 0, 64) and then ParseUint(s, 0, 64); undefined when neither parses. */
function goParseInt(text: string): number | undefined {
  const value = goInteger(text);
  return value !== undefined && goIntegerType(value) ? Number(value) : undefined;
}

/** What go-yaml v2 makes of a plain scalar that starts with a digit, a sign or a dot. */
export function goNumber(text: string): number | string {
  // go-yaml tries numbers only for a first character of +, -, a digit or '.' (resolveTable).
  if (!/^[-+.0-9]/.test(text)) return text;
  if (text.startsWith(".")) {
    const float = /^\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?$/.test(text) ? Number(text.replaceAll("_", "")) : Number.NaN;
    return Number.isFinite(float) ? float : text;
  }
  // go-yaml reads a timestamp such as 2001-01-01 into an interface{} as its text (decode.go).
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

/** Bytes as a Go string reaches JSON: each byte that starts no valid UTF-8 sequence is U+FFFD. */
export function goUtf8(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const first = bytes[i] as number;
    const [length, low, high] = first < 0x80 ? [1, 0, 0] : first >= 0xc2 && first <= 0xdf ? [2, 0x80, 0xbf] : first === 0xe0 ? [3, 0xa0, 0xbf] : first === 0xed ? [3, 0x80, 0x9f] : first >= 0xe1 && first <= 0xef ? [3, 0x80, 0xbf] : first === 0xf0 ? [4, 0x90, 0xbf] : first === 0xf4 ? [4, 0x80, 0x8f] : first >= 0xf1 && first <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) {
      const byte = bytes[i + k] as number;
      valid = k === 1 ? byte >= low && byte <= high : byte >= 0x80 && byte <= 0xbf;
    }
    if (!valid) {
      out += "\ufffd";
      i += 1;
      continue;
    }
    out += length === 1 ? String.fromCharCode(first) : new TextDecoder().decode(bytes.subarray(i, i + length));
    i += length;
  }
  return out;
}

/** go-yaml's !!binary: standard base64 (line breaks ignored, padding required), read as a Go string. */
const BINARY: ScalarTag = {
  tag: "tag:yaml.org,2002:binary",
  identify: () => false,
  resolve(text, onError) {
    const compact = text.replace(/[\r\n]/g, "");
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) {
      onError("!!binary value contains invalid base64 data (Helm refuses it)");
      return text;
    }
    return goUtf8(Uint8Array.from(atob(compact), (char) => char.charCodeAt(0)));
  },
};

export const GO_YAML_TAGS: ScalarTag[] = [
  BINARY,
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
