// The engine release an upgrade moves to, and what that asks of the clients. A dagger CLI talks to
// the engine of its own version; the engine refuses CLIs older than its MinimumClientVersion and a
// CLI refuses engines older than its MinimumEngineVersion (dagger/dagger engine/version.go), and
// an engine refuses modules whose dagger.json asks for a newer engine ("module requires dagger
// vX, but you have vY", core/modules/config.go).
import { minimumClientFor, minimumEngineFor } from "../engine/client-versions";
import { compareVersions, engineVersionOf, type EngineVersion } from "../engine/versions";
import type { KubeObject } from "../render/context";
import { isTable, type Table } from "../values/tree";
import { podSpecOf } from "./cache";
import type { UpgradeVerdict } from "./verdict";
import { valuesPathFor } from "./values-paths";

function engineImage(workload: KubeObject): string | undefined {
  const containers = Array.isArray(podSpecOf(workload).containers) ? (podSpecOf(workload).containers as unknown[]).filter(isTable) : [];
  const engine = containers.find((container) => container.name === "dagger-engine") ?? containers[0];
  return typeof engine?.image === "string" ? engine.image : undefined;
}

function named(version: EngineVersion, image: string): string {
  if (version.kind === "release") return `v${version.version}`;
  if (version.kind === "moving") return `"${version.tag}" (${image}, a tag that moves)`;
  return image;
}

function clientAdvice(before: EngineVersion, after: EngineVersion, image: string): string {
  if (after.kind !== "release") {
    return `Which dagger CLI fits cannot be read from ${image}; clients should run the CLI of the engine version it holds.`;
  }
  const target = after.version;
  const oldest = minimumClientFor(target);
  const refused = oldest ? ` The v${target} engine refuses CLIs older than v${oldest}.` : "";
  if (before.kind === "release" && compareVersions(target, before.version) < 0) {
    const oldestEngine = minimumEngineFor(before.version);
    const cliRefuses =
      oldestEngine && compareVersions(target, oldestEngine) < 0 ? ` dagger v${before.version} refuses engines older than v${oldestEngine}, so clients must move back.` : "";
    return (
      `This goes back: clients should run dagger v${target}.${refused}${cliRefuses} ` +
      `Modules whose dagger.json asks for a newer engine than v${target} fail ("module requires dagger …").`
    );
  }
  return `Upgrade the dagger CLI of every client that uses this engine to v${target}.${refused}`;
}

/** The verdict when the engine container's image names another engine; undefined when it does not. */
export function engineChange(old: KubeObject, updated: KubeObject, values: Table): UpgradeVerdict | undefined {
  const beforeImage = engineImage(old);
  const afterImage = engineImage(updated);
  if (!beforeImage || !afterImage || beforeImage === afterImage) return undefined;
  const before = engineVersionOf(beforeImage);
  const after = engineVersionOf(afterImage);
  if (before.kind === "release" && after.kind === "release" && before.version === after.version) return undefined;
  const field = "spec.template.spec.containers[dagger-engine].image";
  const valuesPath = valuesPathFor(field, values);
  const name = String((old.metadata as Table | undefined)?.name ?? "");
  return {
    severity: "engine-version",
    kind: String(old.kind),
    name,
    field,
    valuesPath,
    before: beforeImage,
    after: afterImage,
    message: `The engine changes from ${named(before, beforeImage)} to ${named(after, afterImage)}. ${clientAdvice(before, after, afterImage)}`,
    causes: [{ field, valuesPath, before: beforeImage, after: afterImage }],
  };
}
