// For tests only: the hostile share-link data of issue 9, built rather than pasted. Each code
// names the dictionary entry that is about to be made (the last entry plus its own first
// character), so the output grows by one character per code: quadratic in the link's length.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";

/** lz-string URI-safe data of exactly `length` characters that expands to about (length * 6 / bits)² / 2 "a"s. */
export function craftedLink(length: number): string {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let bit = 0; bit < count; bit++) bits.push((value >> bit) & 1);
  };
  // A first character, "a", as an 8-bit literal (code 0 in 2 bits).
  write(0, 2);
  write("a".charCodeAt(0), 8);
  let entries = 4;
  let bitsPerCode = 3;
  let untilWider = 4;
  // Room is left for the end mark (code 2), one bit wider in case the last code widened the codes.
  while (bits.length + 2 * bitsPerCode + 1 <= length * 6) {
    write(entries, bitsPerCode);
    entries++;
    if (--untilWider === 0) untilWider = 2 ** bitsPerCode++;
  }
  write(2, bitsPerCode);
  while (bits.length < length * 6) bits.push(0);
  let link = "";
  for (let at = 0; at < bits.length; at += 6) {
    link += ALPHABET[bits.slice(at, at + 6).reduce((value, bit, index) => value | (bit << (5 - index)), 0)];
  }
  return link;
}
