// The engine image as three choices: the chart's default, a known engine version, or any reference.
import { CHART } from "../../../src";

export const ENGINE_REPOSITORY = "registry.dagger.io/engine";
/** Engine versions offered by name; any other goes in as a custom reference. */
// Each is a tag of dagger/dagger; v0.18.16 is the last engine that reads Dagger Cloud's magicache.
export const ENGINE_VERSIONS = ["0.20.8", "0.19.11", "0.18.19", "0.18.16"] as const;

export type TImageChoice = "default" | "version" | "custom";

export const defaultImage = () => `${ENGINE_REPOSITORY}:v${CHART.appVersion}`;
export const versionImage = (version: string) => `${ENGINE_REPOSITORY}:v${version}`;

/** Which choice a stored image.ref stands for, and the version it names. */
export function imageChoice(ref: string): { choice: TImageChoice; version?: string } {
  if (!ref) return { choice: "default" };
  const version = ENGINE_VERSIONS.find((v) => ref === versionImage(v));
  return version ? { choice: "version", version } : { choice: "custom" };
}
