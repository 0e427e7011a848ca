// The rendering core's one entry: the wizard, the CLI and the tests import from here.
export { CHART } from "./chart/chart-meta";
export { ZValues, type TValues, type TEngine } from "./values/schema";
export { defaultValues } from "./values/defaults";
export { quantityValue } from "./values/quantity-value";
export { valueDescription } from "./values/descriptions";
export type { OpenValuePath, ValuePath } from "./values/value-paths";
export { coalesceValues, mergeValueFiles } from "./values/coalesce";
export { ValuesError, type ValuesProblem, type ValidatedValues } from "./values/validate";
export { validateValues, checkedValues } from "./render/validate";
export { minimalValues, minimalValuesText } from "./values/minimal";
export { renderManifests, releaseNameProblem, type RenderOptions } from "./render/index";
export { manifestsText } from "./render/manifest-text";
export { toYaml11 } from "./yaml/yaml11";
export { parseYaml11Document, readYamlValue, type YamlValueReading } from "./yaml/yaml11";
export { decodeValuesBytes, type DecodedBytes } from "./yaml/decode-bytes";
export type { Manifest, KubeObject } from "./render/context";
export { isKind, type ChartObject, type ChartKind, type ObjectOfKind } from "./render/chart-objects";
export { describeNode, nodeAt, sectionFields } from "./values/walk";
export { deepEqual, formatPath, isTable, type Table } from "./values/tree";
export { ENGINE_FEATURES, compareVersions, engineHas, engineImageRef, engineVersionOf, imageRefOf, type EngineVersion, type EngineFeatureName } from "./engine/versions";
export { valuesWarnings, engineListeningPorts, type ValuesWarning } from "./wizard/warnings";
export { podSecurityLevel, type PodSecurityLevel, type PodSecurityVerdict, type PodSecurityReason } from "./wizard/pod-security";

// The wizard's state: its values.yaml text, read, written field by field, saved and shared.
export { wizardReading, wizardValuesReading, type WizardReading, type WizardReadingRequest, type WizardValuesReading, type WizardManifests } from "./wizard/wizard-reading";
export { readValuesText, type ValuesSnapshot } from "./wizard/values-state";
export { syntaxErrorText, positionText, type ValuesSyntaxError } from "./wizard/syntax-error";
export { writeField, writeFieldValue, clearedValue, fieldPath } from "./wizard/field-write";
export { valuesTextOf, type WizardTextState } from "./wizard/text-state";
export { DEFAULT_RELEASE, initialTextState, namespaceProblem } from "./wizard/state";
export { textWithoutSecrets, secretRanges, maskedText, type SecretFreeText } from "./wizard/secret-text";
export { secretOf, filesWithSecret, maskOf } from "./wizard/secrets";
export { maskedValues } from "./wizard/secret-values";
export { storeState, forgetState, SAVED_STATE_KEY, SET_ASIDE_STATE_KEY, type SaveOutcome, type StateStorage } from "./wizard/stored-state";
export { loadState, saveState, type LoadedState } from "./wizard/saved-state";
export { decodeShareLink } from "./share/share-link";
export { textStateFrom, shareLinkFor } from "./wizard/share-state";
export { wizardOutputs, renderedManifestsText, defaultManifestsText, defaultValuesText, coalescedValuesText, type WizardOutputs } from "./wizard/outputs";
export { privilegedNamespaceText } from "./wizard/exports";
export { PRESETS, type Preset } from "./wizard/presets";
export { importParentBlock, importValuesText, MAX_IMPORT_BYTES, type ImportOutcome } from "./import/import-values";
export type { UnknownKey } from "./values/unknown-keys";
export { installCommands, registryProblem, chartRepoFlags } from "./wizard/install-commands";
export type { DeployedSource, UpgradeReading, UpgradeReadingRequest } from "./wizard/upgrade-reading";
export { siteAddresses, withSchemaModeline } from "./wizard/site";
export type { ProblemRange } from "./document/problem-ranges";
export { parseValuesText as readValuesDocumentCached } from "./document/values-document";

// How CI jobs reach the engine, and engine.json by the engine's rules.
export { connectionMethods, clientAccountProblem, notesText, type ConnectInfo, type ConnectMethod, type ConnectOptions, type ClientAccount, type Snippet } from "./connect/index";
export {
  readEngineConfig,
  writeEngineConfig,
  engineConfigReading,
  convertLegacyToml,
  configFeatures,
  formatJsonPath,
  LOG_LEVELS,
  DISK_SPACE_HELP,
  DURATION_HELP,
  type EngineConfigFields,
  type EngineConfigReading,
  type GcPolicyFields,
  type RegistryFields,
  type LegacyConversion,
  type TextProblem,
} from "./engine-config/index";

// The areas with faces of their own (src/gitops, src/migrate, src/upgrade), as far as the wizard uses them.
export { argoCdFile, ARGO_CD_FILE, FLUX_FILE, fluxFile } from "./gitops/index";
export { detectUpstream, migrateValues, reportSections, UPSTREAM_TITLES, UPSTREAM_VERSIONS, type Migration, type UpstreamChart } from "./migrate/index";
export { helmUpgradeCommand, readDeployedRelease, shown, type UpgradeVerdict, type VerdictCause, type VerdictSeverity, type WayThrough } from "./upgrade/index";
