// A values file's bytes as text, decoded as Helm 4 decodes them (go-yaml reads UTF-8 and, after
// a byte order mark, UTF-16). Helm 4 first splits the file into lines at each 0x0A byte and
// ends the last line with one, which breaks UTF-16: a little-endian file always ends up one
// byte short ("yaml: incomplete UTF-16 character"), a big-endian one only when its last line
// has no line break. Helm 3 reads both; Helm 4 is the target, so the same files are refused
// here, with the way out.

export type DecodedBytes = { ok: true; text: string } | { ok: false; message: string };

const SAVE_AS_UTF8 = "save it as UTF-8 (Helm 3 reads UTF-16, Helm 4 does not)";

export function decodeValuesBytes(bytes: Uint8Array): DecodedBytes {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe) {
    return { ok: false, message: `it is UTF-16 (little-endian), which Helm 4 cannot read ("yaml: incomplete UTF-16 character"): ${SAVE_AS_UTF8}` };
  }
  if (first === 0xfe && second === 0xff) {
    if (bytes.length % 2 || bytes[bytes.length - 2] !== 0x00 || bytes[bytes.length - 1] !== 0x0a) {
      return { ok: false, message: `it is UTF-16 (big-endian) without a line break at its end, which Helm 4 cannot read: ${SAVE_AS_UTF8}` };
    }
    try {
      return { ok: true, text: new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2)) };
    } catch {
      return { ok: false, message: "it is not valid UTF-16: a surrogate half stands alone (Helm refuses it)" };
    }
  }
  try {
    // The decoder drops a UTF-8 byte order mark, which go-yaml skips too.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `it is not UTF-8 text (Helm: "invalid leading UTF-8 octet"); ${bytes.includes(0) ? "it holds NUL bytes: is it UTF-16 without a byte order mark?" : "save it as UTF-8"}` };
  }
}
