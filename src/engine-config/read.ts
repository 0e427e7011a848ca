// Reads engine.json text into fields and checks it by the rules of the engine release in use,
// with messages that name the key, the release and what to do.
import { closest, distance } from "fastest-levenshtein";
import { ENGINE_FEATURES, engineHas, type EngineFeature, type EngineVersion } from "../engine/versions";
import { formatPath, parseJsonText, position, setOwn, type TextProblem } from "./json-text";
import { nodeAtPath, propertyOf } from "./json-tree";
import { engineConfigSchema, featureOfKey, KNOWN_KEYS } from "./schema";
import { JsonNumber } from "./sizes";
import type { EngineConfigFields } from "./fields";

export interface EngineConfigReading {
  /** The settings as the engine reads them (key names as the engine spells them, nulls dropped). */
  fields: EngineConfigFields;
  problems: TextProblem[];
}

type Path = (string | number)[];
type KnownObject = keyof typeof KNOWN_KEYS;

/** Which known-key list applies to the object at a path: registries' own keys are hosts, not fields. */
function objectKind(path: Path): KnownObject | undefined {
  const keys = path.map((part) => (typeof part === "number" ? "[]" : part)).join(".");
  if (keys === "") return "config";
  if (keys === "gc") return "gc";
  if (keys === "gc.policies.[]") return "policy";
  if (keys === "gc.dagqlCache") return "dagqlCache";
  if (keys === "security") return "security";
  if (path.length === 2 && path[0] === "registries") return "registry";
  return undefined;
}

/** Go matches keys case-insensitively: rename gc.MaxUsedSpace to maxUsedSpace, and say so. */
function canonical(value: unknown, path: Path, problems: TextProblem[]): unknown {
  if (Array.isArray(value)) return value.map((item, index) => canonical(item, [...path, index], problems));
  if (typeof value !== "object" || value === null || value instanceof JsonNumber) return value;
  const kind = objectKind(path);
  const known: readonly string[] = kind ? KNOWN_KEYS[kind] : [];
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const name = known.includes(key) ? key : (known.find((candidate) => candidate.toLowerCase() === key.toLowerCase()) ?? key);
    if (name !== key) problems.push({ path: formatPath([...path, name]), message: `${formatPath([...path, key])}: the engine reads this key as ${name}; write ${name}.`, severity: "warning" });
    setOwn(result, name, canonical(child, [...path, name], problems));
  }
  return result;
}

function versionText(version: EngineVersion): string {
  return version.kind === "release" ? `v${version.version}` : "in use";
}

/** The message for a key the release does not decode. */
function unknownKeyMessage(path: Path, key: string, version: EngineVersion): string {
  const where = formatPath([...path, key]);
  const keyPath = [...path, key].map((part) => (typeof part === "number" ? "[]" : part)).join(".").replaceAll(".[]", "[]");
  const name = featureOfKey(keyPath);
  if (name) {
    const feature = ENGINE_FEATURES[name] as EngineFeature;
    const range = feature.until ? `v${feature.since} to v${feature.until} (not included)` : `v${feature.since} and later`;
    const fix = name === "gcSweep" ? "write sweepSize instead" : `remove it, or run an engine of v${feature.since} or later`;
    return `${where}: the engine ${versionText(version)} does not know this key, and refuses to start with it (${feature.what}: engines ${range}). ${fix[0]?.toUpperCase()}${fix.slice(1)}.`;
  }
  const kind = objectKind(path);
  const known: readonly string[] = kind ? KNOWN_KEYS[kind] : [];
  const guess = known.length ? closest(key, known as string[]) : undefined;
  const hint = guess && distance(key.toLowerCase(), guess.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3)) ? ` Did you mean ${guess}?` : "";
  return `${where}: unknown key: the engine ${versionText(version)} refuses to start with a key it does not know.${hint}`;
}

/** engine.json's settings with nulls dropped and numbers as numbers. */
function toFields(value: unknown): unknown {
  if (value instanceof JsonNumber) return value.value;
  if (Array.isArray(value)) return value.map(toFields);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, child]) => (child === null ? [] : [[key, toFields(child)]])));
}

/** Reads engine.json text for the engine release in use. */
export function readEngineConfig(text: string, version: EngineVersion): EngineConfigReading {
  const parsed = parseJsonText(text);
  const problems = [...parsed.problems];
  if (text === "" || parsed.value === undefined) return { fields: {}, problems };
  if (engineHas("engineJson", version) === false) {
    problems.push({ path: "", message: `The engine ${versionText(version)} does not read engine.json (engines v${ENGINE_FEATURES.engineJson.since} and later do): use engine.config (engine.toml), or a newer engine.`, severity: "error" });
  }
  if (version.kind !== "release") {
    problems.push({ path: "", message: "The image names no release: engine.json is checked against the newest engine's keys.", severity: "warning" });
  }
  const value = canonical(parsed.value, [], problems);
  const result = engineConfigSchema(version).safeParse(value);
  for (const issue of result.success ? [] : result.error.issues) {
    const path = issue.path as Path;
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    for (const key of keys) {
      const at = key === undefined ? path : [...path, key];
      const message = key === undefined ? `${formatPath(path) || "engine.json"}: ${issue.message}` : unknownKeyMessage(path, key, version);
      const offset = key === undefined ? nodeAtPath(parsed.root, path)?.offset : propertyOf(nodeAtPath(parsed.root, path), key)?.offset;
      problems.push({ path: formatPath(at), message, severity: "error", ...(offset === undefined ? {} : position(text, offset)) });
    }
  }
  return { fields: (toFields(value) ?? {}) as EngineConfigFields, problems };
}
