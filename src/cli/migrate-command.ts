// dagger-helm migrate --from <chart>@<version> -f values.yaml: the values file for our chart on
// standard output, the report on standard error; the exit code says how `helm upgrade` goes.
import { readFileSync } from "node:fs";
import { decodeValuesBytes } from "../yaml/decode-bytes";
import { migrateValues } from "../migrate/migrate";
import { migrationReport } from "../migrate/report";
import { parseUpstreamVersion } from "../migrate/upstream/versions";
import type { CliIO } from "./main";
import { InputError } from "./read-values";

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
  const path = options.files[0] as string;
  const name = path === "-" ? "<stdin>" : path;
  let content: string | Uint8Array;
  try {
    content = path === "-" ? io.readStdin() : readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new InputError(`${name}: cannot read the values file: ${reason}`);
  }
  const decoded = typeof content === "string" ? { ok: true as const, text: content } : decodeValuesBytes(content);
  if (!decoded.ok) throw new InputError(`${name}: ${decoded.message}`);
  const text = decoded.text;
  const migration = migrateValues(text, name, upstream, { releaseName: options.release, namespace: options.namespace });
  io.stdout(migration.valuesText);
  io.stderr(migrationReport(migration));
  return migration.exitCode;
}
