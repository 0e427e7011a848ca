// The engine's garbage collector when engine.json sets no limit, and what that means on a small
// volume. From dagger/dagger engine/server/gc.go (DetectDefaultGCCap, the same from v0.15.0 to
// v1.0.0-beta.11): reserve 10% of the disk but at most 10 GB, keep 20% free, use at most 75%;
// a percentage is rounded up as BuildKit's DiskSpace.AsBytes does: (whole GiB of it + 1) × 1 GB.
import { diskSpaceBytes } from "./sizes";

export const DEFAULT_RESERVE_PERCENT = 10;
export const DEFAULT_RESERVE_CAP = 10e9;
export const DEFAULT_MIN_FREE_PERCENT = 20;
export const DEFAULT_MAX_USED_PERCENT = 75;

export interface DefaultGcSpace {
  reservedSpace: number;
  minFreeSpace: number;
  maxUsedSpace: number;
}

/** The engine's default GC limits, in bytes, for a disk of `total` bytes. */
export function defaultGcSpace(total: number): DefaultGcSpace {
  const reserve = diskSpaceBytes({ percentage: DEFAULT_RESERVE_PERCENT }, total);
  return {
    reservedSpace: Math.min(reserve, DEFAULT_RESERVE_CAP),
    minFreeSpace: diskSpaceBytes({ percentage: DEFAULT_MIN_FREE_PERCENT }, total),
    maxUsedSpace: diskSpaceBytes({ percentage: DEFAULT_MAX_USED_PERCENT }, total),
  };
}

/** Kubernetes' quantity grammar (resource.Quantity): a signed number, then a binary or decimal unit or an exponent. */
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const FACTORS: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A storage quantity (10Gi, 500M, 1e9, 1073741824) in bytes; undefined when it is not one. */
export function quantityBytes(quantity: string): number | undefined {
  const match = QUANTITY.exec(quantity);
  if (!match) return undefined;
  const suffix = match[2] ?? "";
  const factor = /^[eE]/.test(suffix) ? 10 ** Number(suffix.slice(1)) : suffix ? (FACTORS[suffix] as number) : 1;
  const bytes = Math.ceil(Number(match[1]) * factor);
  return bytes >= 0 ? bytes : undefined;
}

/** Bytes as GB with two decimals, as the engine's sizes are decimal GB. */
export function gb(bytes: number): string {
  return `${(bytes / 1e9).toFixed(2).replace(/\.?0+$/, "")} GB`;
}

/**
 * Why the engine's default GC does not fit a volume, with the arithmetic; undefined when it fits.
 * It does not fit when the reserve it never frees and the free space it keeps add up to more than
 * the volume: the cache then fills the volume.
 */
export function defaultGcMisfit(storage: string): string | undefined {
  const total = quantityBytes(storage);
  if (total === undefined || total === 0) return undefined;
  const space = defaultGcSpace(total);
  if (space.reservedSpace + space.minFreeSpace <= total) return undefined;
  const gib = (percent: number) => Math.trunc(Math.trunc((total * percent) / 100) / 2 ** 30);
  const reserve = `10% of ${gb(total)} rounded up to whole GB per GiB, (${gib(DEFAULT_RESERVE_PERCENT)} + 1) × 1 GB = ${gb(space.reservedSpace)}`;
  const free = `(${gib(DEFAULT_MIN_FREE_PERCENT)} + 1) × 1 GB = ${gb(space.minFreeSpace)}`;
  return (
    `With no GC limit in engine.json, the engine reserves ${reserve}, which its garbage collector never frees, ` +
    `and keeps 20% of the disk free, ${free}: together ${gb(space.reservedSpace + space.minFreeSpace)}, more than the ${storage} volume (${gb(total)}), so the cache fills it.`
  );
}
