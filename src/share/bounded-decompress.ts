// lz-string's decompressFromEncodedURIComponent with a limit on what it may produce. Each code of
// the format can repeat the last dictionary entry plus one character, so a crafted link of a few
// thousand characters expands quadratically (3.5 K characters: 2 MB; 21 K: 50 MB; 65 K: 392 M
// characters), and lz-string builds all of it before anyone can look. lz-string has no output
// limit, and neither have the other ports the npm registry offers (lzstring.ts,
// @amoutonbrady/lz-string, async-lz-string): so this reads the same format, written here from its
// description, and stops as soon as the output passes the limit. Compression stays lz-string's;
// a test holds the two equal on every link it makes.

/** The 64 characters of the URI-safe form; each carries 6 bits, first bit highest. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const VALUE_OF = new Map([...ALPHABET].map((char, index) => [char, index]));

export type Decompressed = { ok: true; text: string } | { ok: false; tooLarge: boolean };

/**
 * The text a compressToEncodedURIComponent output stands for, or why not: `tooLarge` when it
 * would be longer than maxChars, otherwise the data is cut short or not lz-string data at all.
 */
export function decompressBounded(input: string, maxChars: number): Decompressed {
  if (input === "") return { ok: false, tooLarge: false };
  // A "+" that went through a form encoding comes back as a space.
  const values = Array.from(input.replaceAll(" ", "+"), (char) => VALUE_OF.get(char) ?? 0);
  let index = 1;
  let current = values[0] ?? 0;
  let mask = 32;
  const read = (count: number): number => {
    let bits = 0;
    for (let bit = 0; bit < count; bit++) {
      if (current & mask) bits |= 1 << bit;
      mask >>= 1;
      if (mask === 0) {
        mask = 32;
        current = values[index++] ?? 0;
      }
    }
    return bits;
  };
  const broken = { ok: false, tooLarge: false } as const;

  // Codes 0 and 1 bring a new 8- or 16-bit character, 2 ends the data, 3 and up name dictionary entries.
  const first = read(2);
  if (first === 2) return { ok: true, text: "" };
  if (first > 2) return broken;
  const dictionary: string[] = ["", "", ""];
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary.push(w);
  const output = [w];
  let length = w.length;
  let bitsPerCode = 3;
  let untilWider = 4;
  const counted = () => {
    if (--untilWider === 0) untilWider = 2 ** bitsPerCode++;
  };
  for (;;) {
    if (index > values.length) return broken;
    let code = read(bitsPerCode);
    if (code === 2) return { ok: true, text: output.join("") };
    if (code < 2) {
      dictionary.push(String.fromCharCode(read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      counted();
    }
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code] as string;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return broken;
    length += entry.length;
    // The check that lz-string lacks: stop before the output, not after.
    if (length > maxChars) return { ok: false, tooLarge: true };
    output.push(entry);
    dictionary.push(w + entry.charAt(0));
    counted();
    w = entry;
  }
}
