// The upgrade check's face for the wizard and the CLI: what `helm upgrade` from what runs to the
// current values does to the engines. The migration (src/migrate) compares through the same module.
export { upgradeCheck, readDeployedRelease, compareWithDeployed, type UpgradeCheck, type UpgradeCheckInput, type Baseline, type Deployed, type DeployedOptions, type CompareOptions } from "./check";
export { readDeployed, DeployedInputError, type DeployedInput } from "./deployed-input";
export { upgradeVerdicts, type VerdictOptions } from "./verdicts";
export { upgradeExitCode, SEVERITY_ORDER, type UpgradeVerdict, type VerdictSeverity, type VerdictCause, type WayThrough, type WayThroughStep } from "./verdict";
export { upgradeFindings, upgradeRefusals, type UpgradeFinding } from "./immutable-fields";
export { helmUpgradeCommand, type UpgradeCommandOptions } from "./way-through";
export { renderDiff, type ResourceDiff, type FieldChange } from "./render-diff";
export { shown } from "./diff-text";
export { valueChanges, type ValueChange } from "./value-changes";
export { upgradeReport, upgradeHeadline } from "./report";
export { valuesPathFor } from "./values-paths";
