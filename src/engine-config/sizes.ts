// Sizes and durations as the engine reads them from engine.json. Written from dagger/dagger's
// engine/config (DiskSpace and Duration unmarshal through BuildKit's config types) and the
// docker/go-units v0.5.0 parser they use, RAMInBytes, where units are binary: "512MB" and
// "512MiB" are both 512 × 1024² bytes.

/** A JSON number kept with its text, since Go decodes 1 and 1.0 differently. */
export class JsonNumber {
  constructor(
    readonly raw: string,
    readonly value: number,
  ) {}
  toJSON(): number {
    return this.value;
  }
}

export type DiskSpace = { bytes: number } | { percentage: number };

const BINARY_UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** strconv.ParseFloat's decimal syntax (hexadecimal floats and "inf" aside). */
const GO_FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT64_MAX = 2 ** 63;

/** docker/go-units RAMInBytes: a number, an optional space, then b, k, kb, kib (any case) and so on. */
function ramInBytes(text: string): number | undefined {
  let separator = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if ("0123456789. ".includes(text[i] as string)) {
      separator = i;
      break;
    }
  }
  if (separator < 0) return undefined;
  const number = text[separator] === " " ? text.slice(0, separator) : text.slice(0, separator + 1);
  const suffix = text.slice(separator + 1).toLowerCase();
  if (!GO_FLOAT.test(number)) return undefined;
  let size = Number(number);
  if (size < 0 || !Number.isFinite(size)) return undefined;
  if (suffix) {
    if (suffix.length > 3) return undefined;
    if (suffix[0] === "b") {
      if (suffix.length > 1) return undefined;
    } else {
      const unit = BINARY_UNITS[suffix[0] as string];
      if (!unit) return undefined;
      if (suffix.length === 2 && suffix[1] !== "b") return undefined;
      if (suffix.length === 3 && suffix.slice(1) !== "ib") return undefined;
      size *= unit;
    }
  }
  if (size >= INT64_MAX) return undefined;
  return Math.trunc(size);
}

export const DISK_SPACE_HELP =
  'bytes (512000000), a size with a unit ("512MB", "10GiB": units are binary, so MB means 1024 × 1024 bytes) or a percentage of the disk ("10%")';

/**
 * A DiskSpace as the engine decodes it, from a JSON number or string; a message when the engine
 * would refuse it. An empty string is "unset".
 */
export function parseDiskSpace(value: JsonNumber | string): DiskSpace | { error: string } {
  const text = value instanceof JsonNumber ? value.raw : value;
  if (text === "") return { bytes: 0 };
  if (text.endsWith("%")) {
    const number = text.slice(0, -1);
    if (!/^[+-]?\d+$/.test(number) || Math.abs(Number(number)) >= INT64_MAX) return { error: `invalid percentage ${JSON.stringify(text)}: write a whole number before %` };
    return { percentage: Number(number) };
  }
  const bytes = ramInBytes(text);
  if (bytes === undefined) return { error: `invalid disk space ${JSON.stringify(text)}: write ${DISK_SPACE_HELP}` };
  return { bytes };
}

const DURATION_UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, "µs": 1e-6, "μs": 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const GO_DURATION = /^[+-]?((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;

export const DURATION_HELP = 'seconds (3600) or a Go duration ("48h", "1h30m"; units ns, us, ms, s, m, h)';

/** A Duration in seconds as the engine decodes it (time.ParseDuration, else whole seconds); a message when it would refuse it. */
export function parseDuration(value: JsonNumber | string): { seconds: number } | { error: string } {
  const text = value instanceof JsonNumber ? value.raw : value;
  if (text === "") return { seconds: 0 };
  const unsigned = text.replace(/^[+-]/, "");
  const sign = text.startsWith("-") ? -1 : 1;
  if (unsigned === "0") return { seconds: 0 };
  if (GO_DURATION.test(text)) {
    let seconds = 0;
    for (const [, number, unit] of unsigned.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) seconds += Number(number) * (DURATION_UNITS[unit as string] as number);
    return { seconds: sign * seconds };
  }
  if (/^[+-]?\d+$/.test(text) && Math.abs(Number(text)) < INT64_MAX) return { seconds: Number(text) };
  return { error: `invalid duration ${JSON.stringify(text)}: write ${DURATION_HELP}` };
}

/** The bytes of a DiskSpace on a disk of `total` bytes, rounded as the engine rounds percentages (up to whole GB per GiB). */
export function diskSpaceBytes(space: DiskSpace, total: number): number {
  if ("bytes" in space) return space.bytes;
  if (space.percentage === 0) return 0;
  if (total === 0) return 2e9;
  const available = Math.trunc((total * space.percentage) / 100);
  return (Math.trunc(available / 2 ** 30) + 1) * 1e9;
}
