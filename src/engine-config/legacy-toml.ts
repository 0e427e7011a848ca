// A legacy engine.toml (BuildKit's buildkitd.toml, as runner products pass it today) turned into
// engine.json settings: its GC, registry and debug settings, read as dagger/dagger's engine reads
// them (cmd/engine/main.go: trace, then debug, as the log level; engine/server/gc.go: the OCI
// worker's GC, gckeepstorage and keepBytes as reserved space), and a note for every setting that
// has no engine.json key. It takes the TOML already parsed into plain data; nothing changes until
// the caller writes the proposed text.
import { engineHas, type EngineVersion } from "../engine/versions";
import type { EngineConfigFields, GcPolicyFields, RegistryFields, SizeValue } from "./fields";
import { readEngineConfig } from "./read";
import { parseDiskSpace, parseDuration } from "./sizes";
import { writeEngineConfig } from "./write";

export interface LegacyConversion {
  /** engine.json with the converted settings merged under what it already sets. */
  json: string;
  fields: EngineConfigFields;
  /** engine.toml keys that went into engine.json. */
  converted: string[];
  /** What could not be converted, and why, one sentence each. */
  notes: string[];
}

type Table = Record<string, unknown>;
const isTable = (value: unknown): value is Table => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Keys of [worker.oci] that are GC settings; the rest of the worker has no engine.json key. */
const GC_KEYS = ["gc", "gckeepstorage", "reservedSpace", "maxUsedSpace", "minFreeSpace", "gcpolicy"];
const REGISTRY_KEYS = ["mirrors", "http", "insecure", "ca"];

class Converter {
  readonly converted: string[] = [];
  readonly notes: string[] = [];

  size(key: string, value: unknown): SizeValue | undefined {
    if (value === undefined) return undefined;
    const parsed = typeof value === "number" || typeof value === "string" ? parseDiskSpace(String(value)) : { error: "not a size" };
    if ("error" in parsed) return void this.notes.push(`${key} = ${JSON.stringify(value)} is not a size the engine reads: left out.`);
    this.converted.push(key);
    return value as SizeValue;
  }

  policy(value: unknown, index: number): GcPolicyFields | undefined {
    const key = `worker.oci.gcpolicy[${index}]`;
    if (!isTable(value)) return void this.notes.push(`${key} is not a table: left out.`);
    const policy: GcPolicyFields = {};
    if (typeof value.all === "boolean") policy.all = value.all;
    if (Array.isArray(value.filters)) policy.filters = value.filters.map(String);
    if (value.keepDuration !== undefined) {
      const duration = String(value.keepDuration);
      if ("error" in parseDuration(duration)) this.notes.push(`${key}.keepDuration = ${JSON.stringify(value.keepDuration)} is not a duration the engine reads: left out.`);
      else policy.keepDuration = value.keepDuration as string | number;
    }
    for (const name of ["reservedSpace", "maxUsedSpace", "minFreeSpace"] as const) {
      const size = this.size(`${key}.${name}`, value[name]);
      if (size !== undefined) policy[name] = size;
    }
    // BuildKit's keepBytes is the reserved space when reservedSpace is not set (gc.go).
    const keepBytes = this.size(`${key}.keepBytes`, value.keepBytes);
    if (keepBytes !== undefined && policy.reservedSpace === undefined) policy.reservedSpace = keepBytes;
    const unknown = Object.keys(value).filter((name) => !["all", "filters", "keepDuration", "keepBytes", "reservedSpace", "maxUsedSpace", "minFreeSpace"].includes(name));
    for (const name of unknown) this.notes.push(`${key}.${name} is not a GC policy setting: left out.`);
    return policy;
  }

  gc(worker: Table): EngineConfigFields["gc"] {
    const gc: NonNullable<EngineConfigFields["gc"]> = {};
    if (typeof worker.gc === "boolean") {
      gc.enabled = worker.gc;
      this.converted.push("worker.oci.gc");
    }
    for (const name of ["reservedSpace", "maxUsedSpace", "minFreeSpace"] as const) {
      const size = this.size(`worker.oci.${name}`, worker[name]);
      if (size !== undefined) gc[name] = size;
    }
    const keep = this.size("worker.oci.gckeepstorage", worker.gckeepstorage);
    if (keep !== undefined && gc.reservedSpace === undefined) gc.reservedSpace = keep;
    if (Array.isArray(worker.gcpolicy)) {
      gc.policies = worker.gcpolicy.flatMap((policy, index) => this.policy(policy, index) ?? []);
      this.converted.push("worker.oci.gcpolicy");
    }
    return Object.keys(gc).length ? gc : undefined;
  }

  registries(registries: Table, version: EngineVersion): EngineConfigFields["registries"] {
    if (engineHas("registries", version) === false) {
      this.notes.push(`registry: engine.json takes registries from v0.19.0 on, and this engine is older: keep them in engine.toml.`);
      return undefined;
    }
    const result: Record<string, RegistryFields> = {};
    for (const [host, value] of Object.entries(registries)) {
      if (!isTable(value)) continue;
      const registry: RegistryFields = {};
      if (Array.isArray(value.mirrors)) registry.mirrors = value.mirrors.map(String);
      if (typeof value.http === "boolean") registry.http = value.http;
      if (typeof value.insecure === "boolean") registry.insecure = value.insecure;
      if (Array.isArray(value.ca)) registry.ca = value.ca.map(String);
      result[host] = registry;
      this.converted.push(`registry."${host}"`);
      for (const name of Object.keys(value).filter((key) => !REGISTRY_KEYS.includes(key))) {
        this.notes.push(`registry."${host}".${name} (${name === "keypair" ? "client certificates" : name}) has no engine.json key: keep it in engine.toml.`);
      }
    }
    return Object.keys(result).length ? result : undefined;
  }
}

/** Why the rest of an engine.toml stays behind, by its top-level key. */
const LEFT_BEHIND: Record<string, string> = {
  grpc: "the engine's listening addresses and TLS (grpc) are its command line's in this chart: engine.port and engine.args",
  "insecure-entitlements": "entitlements have no engine.json key; dagger grants them per call (security.insecureRootCapabilities covers insecure root capabilities)",
  root: "the state directory (root) has no engine.json key: use engine.args --root",
};

/**
 * engine.json settings from a parsed engine.toml, merged under the engine.json text the values
 * already have (engine.json wins where both set a key, as the engine reads them).
 */
export function convertLegacyToml(toml: Table, configJson: string, version: EngineVersion): LegacyConversion {
  const converter = new Converter();
  const fields: EngineConfigFields = {};
  if (toml.trace === true) fields.logLevel = "trace";
  else if (toml.debug === true) fields.logLevel = "debug";
  if (fields.logLevel) converter.converted.push(toml.trace === true ? "trace" : "debug");
  const workers = isTable(toml.worker) ? toml.worker : {};
  const oci = isTable(workers.oci) ? workers.oci : {};
  const gc = converter.gc(oci);
  if (gc) fields.gc = gc;
  for (const key of Object.keys(oci).filter((name) => !GC_KEYS.includes(name))) converter.notes.push(`worker.oci.${key} has no engine.json key: keep it in engine.toml.`);
  for (const key of Object.keys(workers).filter((name) => name !== "oci")) converter.notes.push(`worker.${key}: the engine runs its own OCI worker only, so it ignores this worker's settings.`);
  const registries = isTable(toml.registry) ? converter.registries(toml.registry, version) : undefined;
  if (registries) fields.registries = registries;
  for (const key of Object.keys(toml).filter((name) => !["debug", "trace", "worker", "registry"].includes(name))) {
    converter.notes.push(`${key}: ${LEFT_BEHIND[key] ?? "has no engine.json key"}; keep it in engine.toml if you need it.`);
  }
  const existing = readEngineConfig(configJson, version).fields;
  const merged = mergeUnder(existing, fields, "", converter.notes) as EngineConfigFields;
  return { json: writeEngineConfig(configJson, merged), fields: merged, converted: converter.converted, notes: converter.notes };
}

/** `over` with the keys of `under` it lacks; a key both set keeps `over`'s value, with a note. */
function mergeUnder(over: unknown, under: unknown, path: string, notes: string[]): unknown {
  if (!isTable(over) || !isTable(under)) {
    if (over !== undefined && under !== undefined && JSON.stringify(over) !== JSON.stringify(under)) notes.push(`${path}: engine.json already sets it, and wins over engine.toml's value.`);
    return over ?? under;
  }
  const result: Table = { ...over };
  for (const [key, value] of Object.entries(under)) result[key] = mergeUnder(over[key], value, path ? `${path}.${key}` : key, notes);
  return result;
}
