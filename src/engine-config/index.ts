// engine.json as fields validated by the engine release in use, and legacy engine.toml converted.
export { readEngineConfig, type EngineConfigReading } from "./read";
export { writeEngineConfig } from "./write";
export { engineConfigReading, engineConfigWarnings } from "./warnings";
export { convertLegacyToml, type LegacyConversion } from "./legacy-toml";
export { defaultGcSpace, defaultGcMisfit, quantityBytes } from "./gc-defaults";
export { parseDiskSpace, parseDuration, DISK_SPACE_HELP, DURATION_HELP, type DiskSpace } from "./sizes";
export { LOG_LEVELS, configFeatures } from "./schema";
export { formatPath as formatJsonPath, type TextProblem } from "./json-text";
export type { EngineConfigFields, GcPolicyFields, GcSpaceFields, RegistryFields, SizeValue } from "./fields";
