// The migration's face for the wizard and the CLI: detect which chart a values file was written
// for, migrate it, and report what the upgrade changes.
export { detectUpstream, versionRanges, type Detection, type UpstreamMatch } from "./detect";
export { migrateValues, MigrationInputError, DEFAULT_IMAGE, type Migration } from "./migrate";
export { migrationReport, reportSections, type ReportSections } from "./report";
export { parseUpstreamVersion, upstreamLabel, UPSTREAM_TITLES, UPSTREAM_VERSIONS, UpstreamVersionError, type UpstreamChart, type UpstreamVersion } from "./upstream/versions";
