// What each Dagger engine release can do, for the checks that depend on the engine in use.
// Every fact below was read in dagger/dagger at the named tags (engine/config/config.go for the
// engine.json keys, engine/server/server.go for the magicache variables), not from memory.
import type { TValues } from "../values/schema";

/** An engine feature and the releases that have it: from `since`, up to but not including `until`. */
export interface EngineFeature {
  since?: string;
  until?: string;
  /** What the feature is, in the user's words. */
  what: string;
  /** The engine.json keys it brings, as gc.policies[].sweepSize ([] for any list item, * for any map key). */
  keys?: readonly string[];
}

export const ENGINE_FEATURES = {
  /** /etc/dagger/engine.json (engine/config appears in v0.15.0). */
  engineJson: { since: "0.15.0", what: "engine.json configuration (engine.configJson)" },
  /** gc.sweep: the first name of sweepSize (config.go json:"sweep" in v0.18.9 and v0.18.10). */
  gcSweep: { since: "0.18.9", until: "0.18.11", what: "gc.sweep in engine.json (renamed sweepSize in v0.18.11)", keys: ["gc.sweep", "gc.policies[].sweep"] },
  /** gc.sweepSize in engine.json. */
  gcSweepSize: { since: "0.18.11", what: "gc.sweepSize in engine.json", keys: ["gc.sweepSize", "gc.policies[].sweepSize"] },
  /** registries (mirrors, http, insecure, ca) in engine.json. */
  registries: { since: "0.19.0", what: "registries in engine.json", keys: ["registries"] },
  /** gc.dagqlCache limits in engine.json. */
  dagqlCache: { since: "1.0.0-beta.10", what: "gc.dagqlCache in engine.json", keys: ["gc.dagqlCache"] },
  /**
   * The engine always listens on /run/dagger/engine.sock (cmd/engine/config.go; before, on
   * /run/buildkit/buildkitd.sock only). NOTES.txt asks semverCompare ">=0.17.0-0", which admits
   * the 0.17.0 pre-releases that this table's order puts before 0.17.0: no such tag is an engine
   * release to run.
   */
  daggerSocket: { since: "0.17.0", what: "the engine's socket /run/dagger/engine.sock" },
  /** The engine reads _EXPERIMENTAL_DAGGER_CACHESERVICE_URL/_TOKEN (server.go); v0.18.17 dropped it. */
  magicache: { until: "0.18.17", what: "Dagger Cloud magicache (_EXPERIMENTAL_DAGGER_CACHESERVICE_*)" },
} as const satisfies Record<string, EngineFeature>;

export type EngineFeatureName = keyof typeof ENGINE_FEATURES;

/** The engine image the chart runs for these values: engine.image.ref, the legacy repository and tag, or the release of appVersion. */
export function engineImageRef(values: TValues, appVersion: string): string {
  return imageRefOf(values.engine.image, appVersion);
}

/** engine.image as one reference: ref, else the legacy repository and tag, else the release of appVersion. */
export function imageRefOf(image: { ref?: string; repository?: string; tag?: string }, appVersion: string): string {
  if (image.ref) return image.ref;
  return `${image.repository || "registry.dagger.io/engine"}:${image.tag || `v${appVersion}`}`;
}

/** An image's tag ("" when it has none), without a digest. */
export function imageTag(image: string): string {
  const withoutDigest = image.replace(/@.*$/, "");
  return (/:[A-Za-z0-9_][A-Za-z0-9_.-]*$/.exec(withoutDigest)?.[0] ?? "").replace(/^:/, "");
}

export type EngineVersion =
  | { kind: "release"; version: string }
  /** A tag that names no release (latest, main, a commit): what runs can change under the same name. */
  | { kind: "moving"; tag: string }
  /** A digest or a tag we cannot read: the version is not known. */
  | { kind: "unknown" };

const RELEASE_TAG = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** The engine release an image runs, read from its tag. */
export function engineVersionOf(image: string): EngineVersion {
  if (/@sha256:/.test(image) && !imageTag(image)) return { kind: "unknown" };
  const tag = imageTag(image);
  if (!tag || tag === "latest" || tag === "main") return { kind: "moving", tag: tag || "latest" };
  const release = RELEASE_TAG.exec(tag)?.[1];
  return release ? { kind: "release", version: release } : { kind: "unknown" };
}

/** Whether a release has a feature; undefined when the version is not known. */
export function engineHas(feature: EngineFeatureName, version: EngineVersion): boolean | undefined {
  if (version.kind !== "release") return undefined;
  const { since, until } = ENGINE_FEATURES[feature] as EngineFeature;
  if (since && compareVersions(version.version, since) < 0) return false;
  if (until && compareVersions(version.version, until) >= 0) return false;
  return true;
}

/** Semantic version order: 1.0.0-beta.10 after 1.0.0-beta.9 and before 1.0.0. */
export function compareVersions(a: string, b: string): number {
  const [coreA = "", preA] = splitOnce(a, "-");
  const [coreB = "", preB] = splitOnce(b, "-");
  const numbersA = coreA.split(".").map(Number);
  const numbersB = coreB.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const difference = (numbersA[i] ?? 0) - (numbersB[i] ?? 0);
    if (difference) return Math.sign(difference);
  }
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const partsA = preA.split(".");
  const partsB = preB.split(".");
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const x = partsA[i];
    const y = partsB[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    const difference = numeric ? Number(x) - Number(y) : x.localeCompare(y);
    if (difference) return Math.sign(difference);
  }
  return 0;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
