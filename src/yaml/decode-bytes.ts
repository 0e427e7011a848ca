// A values file's bytes as text, decoded as Helm 4 decodes them (go-yaml reads UTF-8 and, after
// a byte order mark, UTF-16). Helm 4 first reads the file line by line (Kubernetes' YAMLReader
// over bufio's ReadLine) and writes each line back with a 0x0A byte: a 0x0D byte right before a
// 0x0A byte goes, and a last line without a line break gets one. In UTF-8 that is a CR before a
// line break, which YAML reads the same. In UTF-16 it moves bytes:
// - a little-endian file (a line break is 0A 00) gets one byte too many at its end
//   ("yaml: incomplete UTF-16 character");
// - a big-endian one (00 0A) gets one only when its last line has no line break;
// - a 0x0D byte before a 0x0A byte (a character such as U+0D08 before a little-endian line break)
//   takes one out. Then the count can come out even again, and go-yaml reads the rest of the file
//   one byte over, as other characters.
// The same files are refused here, and the same bytes read, with a note when they are not the
// file's. Helm 3 reads UTF-16 as written; Helm 4 is the target.

export type DecodedBytes = { ok: true; text: string; note?: string } | { ok: false; message: string };

const SAVE_AS_UTF8 = "save it as UTF-8 (Helm 3 reads UTF-16, Helm 4 does not)";

export function decodeValuesBytes(bytes: Uint8Array): DecodedBytes {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe) return decodeUtf16(bytes, "little");
  if (first === 0xfe && second === 0xff) return decodeUtf16(bytes, "big");
  try {
    // The decoder drops a UTF-8 byte order mark, which go-yaml skips too.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `it is not UTF-8 text (Helm: "invalid leading UTF-8 octet"); ${bytes.includes(0) ? "it holds NUL bytes: is it UTF-16 without a byte order mark?" : "save it as UTF-8"}` };
  }
}

function decodeUtf16(file: Uint8Array, endian: "little" | "big"): DecodedBytes {
  const { bytes, dropped } = helmLines(file);
  const name = `UTF-16 (${endian}-endian)`;
  const where = (offset: number) => `line ${lineAt(file, endian, offset)}, byte ${offset}`;
  if (bytes.length % 2) {
    if (dropped.length) {
      return { ok: false, message: `it is ${name}, which Helm 4 cannot read ("yaml: incomplete UTF-16 character"): its line reader takes out the 0x0D byte before a 0x0A byte at ${where(dropped[0]!)}: ${SAVE_AS_UTF8}` };
    }
    if (endian === "little") return { ok: false, message: `it is ${name}, which Helm 4 cannot read ("yaml: incomplete UTF-16 character"): ${SAVE_AS_UTF8}` };
    return { ok: false, message: `it is ${name} without a line break at its end, which Helm 4 cannot read: ${SAVE_AS_UTF8}` };
  }
  let text: string;
  try {
    text = new TextDecoder(endian === "little" ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes.subarray(2));
  } catch {
    return { ok: false, message: "it is not valid UTF-16: a surrogate half stands alone (Helm refuses it)" };
  }
  if (!dropped.length) return { ok: true, text };
  return {
    ok: true,
    text,
    note: `Helm 4 reads this ${name} file with a byte taken out at ${where(dropped[0]!)} (its line reader drops a 0x0D byte before a 0x0A byte): from there on it reads other characters than the file holds. The values here are what Helm 4 reads; save the file as UTF-8 to have what it holds`,
  };
}

/** The bytes Helm 4's line reader passes on, and the offsets in the file of the 0x0D bytes it took out. */
function helmLines(file: Uint8Array): { bytes: Uint8Array; dropped: number[] } {
  const out = new Uint8Array(file.length + 1);
  const dropped: number[] = [];
  let length = 0;
  let start = 0;
  for (let index = 0; index <= file.length; index++) {
    const atEnd = index === file.length;
    if (!atEnd && file[index] !== 0x0a) continue;
    // The last line, after the last 0x0A byte, only when it holds something.
    if (atEnd && start === file.length) break;
    let end = index;
    if (!atEnd && end > start && file[end - 1] === 0x0d) dropped.push(--end);
    out.set(file.subarray(start, end), length);
    length += end - start;
    out[length++] = 0x0a;
    start = index + 1;
  }
  return { bytes: out.subarray(0, length), dropped };
}

/** The line of the file (from 1) that holds the byte at `offset`, read as written. */
function lineAt(file: Uint8Array, endian: "little" | "big", offset: number): number {
  let line = 1;
  for (let index = 2; index + 1 < offset; index += 2) {
    const unit = endian === "little" ? file[index]! | (file[index + 1]! << 8) : (file[index]! << 8) | file[index + 1]!;
    if (unit === 0x0a) line++;
  }
  return line;
}
