// Go's encoding/json output for plain data, which sprig's toJson uses: JSON.stringify with
// Go's extra escapes of <, >, & and the line separators U+2028 and U+2029. The checksum
// annotations hash this text, so it must match byte for byte.
const GO_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => GO_ESCAPES[char] ?? char);
}
