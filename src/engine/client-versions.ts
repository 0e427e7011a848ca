// Which dagger CLIs an engine release lets in, and which engines a CLI release accepts. Read in
// dagger/dagger's engine/version.go at every release tag: MinimumClientVersion is "used by the
// engine to determine the minimum allowed client version that can connect to that engine", and
// MinimumEngineVersion "by the client to determine the minimum allowed engine version". Before
// v0.11.7 the file had no such constants. Each row holds from its release up to the next row.
import { compareVersions } from "./versions";

interface Minimums {
  since: string;
  client: string;
  engine: string;
}

const MINIMUMS: readonly Minimums[] = [
  { since: "0.11.7", client: "0.11.7", engine: "0.11.7" },
  { since: "0.11.8", client: "0.11.8", engine: "0.11.8" },
  { since: "0.12.0", client: "0.12.0", engine: "0.12.0" },
  { since: "0.12.5", client: "0.12.5", engine: "0.12.5" },
  { since: "0.16.0", client: "0.16.0", engine: "0.16.0" },
  { since: "0.17.0", client: "0.17.0", engine: "0.16.0" },
  { since: "0.18.7", client: "0.17.0", engine: "0.18.6" },
  { since: "0.18.11", client: "0.17.0", engine: "0.18.11" },
  { since: "0.19.0", client: "0.19.0", engine: "0.19.0" },
];

function minimumsOf(version: string): Minimums | undefined {
  return [...MINIMUMS].reverse().find((row) => compareVersions(version, row.since) >= 0);
}

/** The oldest dagger CLI the engine release accepts; undefined before v0.11.7 (not known). */
export function minimumClientFor(engine: string): string | undefined {
  return minimumsOf(engine)?.client;
}

/** The oldest engine the dagger CLI release accepts; undefined before v0.11.7 (not known). */
export function minimumEngineFor(client: string): string | undefined {
  return minimumsOf(client)?.engine;
}
