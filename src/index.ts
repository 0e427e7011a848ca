// The rendering core's one entry: the wizard, the CLI and the tests import from here.
export { CHART } from "./chart/chart-meta";
export { ZValues, type TValues, type TEngine } from "./values/schema";
export { defaultValues } from "./values/defaults";
export { coalesceValues, mergeValueFiles } from "./values/coalesce";
export { validateValues, checkedValues, ValuesError, type ValuesProblem, type ValidatedValues } from "./values/validate";
export { minimalValues, minimalValuesText } from "./values/minimal";
export { renderManifests, releaseNameProblem, type RenderOptions } from "./render/index";
export { manifestsText, toYaml11 } from "./render/manifest-text";
export { readYamlValue, type YamlValueReading } from "./yaml/yaml11";
export { decodeValuesBytes, type DecodedBytes } from "./yaml/decode-bytes";
export type { Manifest, KubeObject } from "./render/context";
export { describeNode, nodeAt, sectionFields } from "./values/walk";
export { deepEqual, formatPath, isTable, type Table } from "./values/tree";
export { ENGINE_FEATURES, compareVersions, engineHas, engineImageRef, engineVersionOf, imageRefOf, type EngineVersion, type EngineFeatureName } from "./engine/versions";
export { valuesWarnings, engineListeningPorts, type ValuesWarning } from "./wizard/warnings";
export { podSecurityLevel, type PodSecurityLevel, type PodSecurityVerdict, type PodSecurityReason } from "./wizard/pod-security";
export { connectionMethods, clientAccountProblem, notesText, type ConnectInfo, type ConnectMethod, type ConnectOptions, type ClientAccount, type Snippet } from "./connect/index";
export { readEngineConfig, writeEngineConfig, engineConfigReading, convertLegacyToml, type EngineConfigFields, type EngineConfigReading, type LegacyConversion, type TextProblem } from "./engine-config/index";
