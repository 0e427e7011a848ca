// dagger-helm migrate --from <chart>@<version> -f values.yaml: the values file for our chart on
// standard output, the report on standard error; the exit code says how `helm upgrade` goes.
import { migrateValues } from "../migrate/migrate";
import { migrationReport } from "../migrate/report";
import { parseUpstreamVersion } from "../migrate/upstream/versions";
import type { CliIO } from "./main";
import { InputError, readInputText } from "./read-values";

export interface MigrateOptions {
  from: string | undefined;
  files: string[];
  release: string;
  namespace: string;
}

/** Runs `migrate`; errors it cannot report (bad input) are thrown for the CLI to print. */
export function runMigrate(options: MigrateOptions, io: CliIO): number {
  if (!options.from) throw new InputError("migrate needs --from vendor@<version> (dagger's chart) or --from fork@<version> (the kubiya fork)");
  const upstream = parseUpstreamVersion(options.from);
  if (options.files.length !== 1) throw new InputError(`migrate reads exactly one values file (-f values.yaml, or -f - for standard input); got ${options.files.length}`);
  const { name, text } = readInputText(options.files[0] as string, io.readStdin);
  const migration = migrateValues(text, name, upstream, { releaseName: options.release, namespace: options.namespace });
  io.stdout(migration.valuesText);
  io.stderr(migrationReport(migration));
  return migration.exitCode;
}
