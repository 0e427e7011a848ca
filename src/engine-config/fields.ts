// engine.json's settings as form fields: the keys of dagger/dagger's engine/config, sizes and
// durations kept as written (512000000, "512MB", "10%"; 3600, "48h").
import { JsonNumber, parseDiskSpace } from "./sizes";

/** Bytes, a size with a unit, or a percentage of the disk. */
export type SizeValue = number | string;

export interface GcSpaceFields {
  reservedSpace?: SizeValue;
  maxUsedSpace?: SizeValue;
  minFreeSpace?: SizeValue;
  sweepSize?: SizeValue;
  /** The name of sweepSize in v0.18.9 and v0.18.10. */
  sweep?: SizeValue;
}

export interface GcPolicyFields extends GcSpaceFields {
  all?: boolean;
  filters?: string[];
  keepDuration?: number | string;
}

export interface RegistryFields {
  mirrors?: string[];
  http?: boolean;
  insecure?: boolean;
  ca?: string[];
}

export interface EngineConfigFields {
  logLevel?: string;
  gc?: GcSpaceFields & {
    enabled?: boolean;
    policies?: GcPolicyFields[];
    dagqlCache?: { maxEstimatedBytes?: number; targetEstimatedBytes?: number };
  };
  security?: { insecureRootCapabilities?: boolean };
  registries?: Record<string, RegistryFields>;
}

/** Whether a size is set to something other than 0, which the engine reads as unset. */
function isSet(size: SizeValue | undefined): boolean {
  if (size === undefined) return false;
  const space = parseDiskSpace(typeof size === "number" ? new JsonNumber(String(size), size) : size);
  return "bytes" in space ? space.bytes !== 0 : "percentage" in space ? space.percentage !== 0 : false;
}

/** Whether the settings limit the cache's disk space (a top-level limit or policies of their own). */
export function hasGcLimit(fields: EngineConfigFields): boolean {
  const gc = fields.gc ?? {};
  return isSet(gc.reservedSpace) || isSet(gc.maxUsedSpace) || isSet(gc.minFreeSpace) || Boolean(gc.policies?.length);
}
