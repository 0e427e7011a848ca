// What stops the engine or fills its disk although Helm renders the values: engine.json the
// engine release in use would refuse, and a volume too small for the engine's default GC.
import { CHART } from "../chart/chart-meta";
import { engineImageRef, engineVersionOf } from "../engine/versions";
import type { TValues } from "../values/schema";
import type { ValuesWarning } from "../wizard/warnings";
import { hasGcLimit } from "./fields";
import { defaultGcMisfit, quantityBytes } from "./gc-defaults";
import { readEngineConfig } from "./read";

const STORAGE_PATH = "engine.statefulSet.persistentVolumeClaim.resources.requests.storage";
/** engine.toml keys that set BuildKit's GC limits (gckeepstorage, reservedSpace, ...) or policies. */
const TOML_GC = /\b(gc|gckeepstorage|keepBytes|reservedSpace|maxUsedSpace|minFreeSpace|gcpolicy)\b/i;

/** engine.json checked against the engine release the values run. */
export function engineConfigReading(values: TValues) {
  return readEngineConfig(values.engine.configJson, engineVersionOf(engineImageRef(values, CHART.appVersion)));
}

export function engineConfigWarnings(values: TValues): ValuesWarning[] {
  const { engine } = values;
  const reading = engineConfigReading(values);
  // The key's own path under engine.configJson, so that a link to the warning reaches its field.
  const warnings: ValuesWarning[] = reading.problems.map((problem) => ({
    path: problem.path ? `engine.configJson.${problem.path}` : "engine.configJson",
    message: `${problem.line ? `engine.json line ${problem.line}: ` : ""}${problem.message}`,
  }));
  const claim = engine.kind === "StatefulSet" && engine.statefulSet.persistentVolumeClaim.enabled;
  if (reading.fields.gc?.enabled === false) {
    warnings.push({ path: "engine.configJson.gc.enabled", message: "gc.enabled is false: the engine never frees its cache, which grows until the disk is full. Remove it, or set limits with gc.maxUsedSpace." });
  } else if (claim && !hasGcLimit(reading.fields) && !TOML_GC.test(engine.config)) {
    const storage = engine.statefulSet.persistentVolumeClaim.resources.requests.storage;
    const misfit = defaultGcMisfit(storage);
    const total = quantityBytes(storage);
    if (misfit && total) {
      const suggestion = JSON.stringify({ gc: { maxUsedSpace: Math.floor(total * 0.75) } });
      warnings.push({ path: STORAGE_PATH, message: `${misfit} Set a limit in engine.configJson, such as ${suggestion} (75% of the volume), or request a larger volume.` });
    }
  }
  return warnings;
}
