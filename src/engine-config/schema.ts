// engine.json as each engine release decodes it, written from dagger/dagger's
// engine/config/config.go at each tag where it changed (v0.15.0, v0.18.9, v0.18.11, v0.19.0,
// v1.0.0-beta.10): Go's encoding/json with unknown fields disallowed, so one key the release
// does not know stops the engine. null is accepted where Go ignores it (booleans, strings, lists,
// objects, integers) and refused where a custom decoder reads it (sizes, durations).
import "../values/zod-setup";
import { z } from "zod";
import { ENGINE_FEATURES, engineHas, type EngineFeatureName, type EngineVersion } from "../engine/versions";
import { DISK_SPACE_HELP, DURATION_HELP, JsonNumber, parseDiskSpace, parseDuration } from "./sizes";

export const LOG_LEVELS = ["error", "warn", "info", "debug", "debugextra", "trace"] as const;

/** Every key any release knows, by object: what Go's case-insensitive field matching maps names onto. */
export const KNOWN_KEYS = {
  config: ["logLevel", "gc", "security", "registries"],
  gc: ["enabled", "dagqlCache", "reservedSpace", "maxUsedSpace", "minFreeSpace", "sweep", "sweepSize", "policies"],
  policy: ["all", "filters", "keepDuration", "reservedSpace", "maxUsedSpace", "minFreeSpace", "sweep", "sweepSize"],
  dagqlCache: ["maxEstimatedBytes", "targetEstimatedBytes"],
  security: ["insecureRootCapabilities"],
  registry: ["mirrors", "http", "insecure", "ca"],
} as const;

/** The engine.json features a release has; a release we cannot read gets the newest keys. */
export function configFeatures(version: EngineVersion): Record<"gcSweep" | "gcSweepSize" | "registries" | "dagqlCache", boolean> {
  const has = (feature: EngineFeatureName, newest: boolean) => engineHas(feature, version) ?? newest;
  return { gcSweep: has("gcSweep", false), gcSweepSize: has("gcSweepSize", true), registries: has("registries", true), dagqlCache: has("dagqlCache", true) };
}

/** The feature that brings a key path (gc.policies[].sweep), if a feature does. */
export function featureOfKey(keyPath: string): EngineFeatureName | undefined {
  for (const [name, feature] of Object.entries(ENGINE_FEATURES)) {
    if ("keys" in feature && (feature.keys as readonly string[]).includes(keyPath)) return name as EngineFeatureName;
  }
  return undefined;
}

/** A JSON object with these keys, all optional (a JsonNumber is no object, although JavaScript says so). */
function jsonObject<T extends z.ZodRawShape>(shape: T) {
  const plain = z.custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber), {
    error: "must be an object",
  });
  return plain.pipe(z.strictObject(shape).partial()).nullable();
}

const jsonNumber = z.instanceof(JsonNumber, { error: "must be a number" });
const bool = z.boolean({ error: "must be true or false" }).nullable();
const strings = z.array(z.string({ error: "must be a string" }).nullable(), { error: "must be a list of strings" }).nullable();

const diskSpace = z.union([jsonNumber, z.string()], { error: `must be ${DISK_SPACE_HELP}` }).superRefine((value, ctx) => {
  const parsed = parseDiskSpace(value);
  if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
});
const duration = z.union([jsonNumber, z.string()], { error: `must be ${DURATION_HELP}` }).superRefine((value, ctx) => {
  const parsed = parseDuration(value);
  if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
});
const int64 = jsonNumber
  .refine((number) => /^-?\d+$/.test(number.raw) && Math.abs(number.value) < 2 ** 63, { message: "must be a whole number of bytes, without a fraction or exponent" })
  .nullable();
const logLevel = z
  .string({ error: `must be one of ${LOG_LEVELS.join(", ")}` })
  .refine((level) => level === "" || (LOG_LEVELS as readonly string[]).includes(level.toLowerCase()), {
    message: `must be one of ${LOG_LEVELS.join(", ")}: the engine stops at start on any other level`,
  })
  .nullable();

/** The zod schema of engine.json for the engine release in use. */
export function engineConfigSchema(version: EngineVersion) {
  const features = configFeatures(version);
  const space = {
    reservedSpace: diskSpace,
    maxUsedSpace: diskSpace,
    minFreeSpace: diskSpace,
    ...(features.gcSweep ? { sweep: diskSpace } : {}),
    ...(features.gcSweepSize ? { sweepSize: diskSpace } : {}),
  };
  const policy = jsonObject({ all: bool, filters: strings, keepDuration: duration, ...space });
  const dagqlCache = jsonObject({ maxEstimatedBytes: int64, targetEstimatedBytes: int64 });
  const policies = z.array(policy, { error: "must be a list of policies" }).nullable();
  const gc = jsonObject({ enabled: bool, ...(features.dagqlCache ? { dagqlCache } : {}), ...space, policies });
  const registry = jsonObject({ mirrors: strings, http: bool, insecure: bool, ca: strings });
  const security = jsonObject({ insecureRootCapabilities: bool });
  const registries = z
    .custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber), { error: "must be an object" })
    .pipe(z.record(z.string(), registry))
    .nullable();
  return jsonObject({ logLevel, gc, security, ...(features.registries ? { registries } : {}) });
}
