// The string a map key becomes when Helm reads values: go-yaml gives the key a type (int, float,
// bool, null...) and sigs.k8s.io/yaml then turns it into a JSON key (yaml.go,
// convertToJSONableObject): ints in base 10, floats with strconv.FormatFloat(f, 'g', -1, 32),
// booleans as true/false; a null or uint64 key is an error.

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** The exact integer go-yaml reads from a plain scalar (Go's ParseInt/ParseUint, base 0), or undefined. */
export function goInteger(text: string): bigint | undefined {
  const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text.replaceAll("_", ""));
  if (!match) return undefined;
  const [, sign, digits = ""] = match;
  let magnitude: bigint;
  if (/^0[oO]/.test(digits)) magnitude = BigInt(`0o${digits.slice(2)}`);
  else if (/^0[0-7]+$/.test(digits)) magnitude = BigInt(`0o${digits.slice(1)}`);
  else magnitude = BigInt(digits.toLowerCase());
  return sign === "-" ? -magnitude : magnitude;
}

export function isInt64(value: bigint): boolean {
  return value >= INT64_MIN && value <= INT64_MAX;
}

/** Go's type for an integer go-yaml reads: int, uint64 (positive, past int64) or none (a float). */
export function goIntegerType(value: bigint): "int" | "uint64" | undefined {
  if (isInt64(value)) return "int";
  return value > 0n && value <= UINT64_MAX ? "uint64" : undefined;
}

/** The shortest decimal digits that give back this float32, and its decimal point position. */
function shortestFloat32(value: number): { digits: string; point: number } {
  const float = Math.fround(Math.abs(value));
  for (let precision = 1; precision <= 9; precision++) {
    const candidate = float.toExponential(precision - 1);
    if (Math.fround(Number(candidate)) === float) {
      const [mantissa = "", exponent = "0"] = candidate.split("e");
      return { digits: mantissa.replace(".", "").replace(/0+$/, "") || "0", point: Number(exponent) + 1 };
    }
  }
  return { digits: "0", point: 1 };
}

/** Go's strconv.FormatFloat(value, 'g', -1, 32). */
export function formatFloat32(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(Math.fround(value))) return value > 0 ? "+Inf" : "-Inf";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const sign = value < 0 ? "-" : "";
  const { digits, point } = shortestFloat32(value);
  const exponent = point - 1;
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const magnitude = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${magnitude < 10 ? "0" : ""}${magnitude}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The JSON key for a resolved scalar key: `source` is its plain text when it was written plain
 * (so that 1e6, a float, and 1000000, an int, keep Go's difference). A string is an error.
 */
export function goKeyString(value: unknown, source: string | undefined): { key: string } | { error: string } {
  if (typeof value === "string") return { key: value };
  if (typeof value === "boolean") return { key: String(value) };
  if (value === null || value === undefined) return { error: "a key must not be null (~, null or nothing before the ':'); Helm refuses it" };
  if (typeof value !== "number") return { key: String(value) };
  const integer = source === undefined ? undefined : goInteger(source);
  const type = integer === undefined ? undefined : goIntegerType(integer);
  if (type === "int") return { key: String(integer) };
  if (type === "uint64") return { error: `the key ${source} is beyond Go's int64; Helm refuses it (quote it to make it text)` };
  if (source === undefined && Number.isInteger(value)) return { key: String(value) };
  const formatted = formatFloat32(value);
  return { key: formatted === "+Inf" ? ".inf" : formatted === "-Inf" ? "-.inf" : formatted === "NaN" ? ".nan" : formatted };
}
