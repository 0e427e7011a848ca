// engine.json problems and the default GC on a small volume, as values warnings.
import { describe, expect, it } from "vitest";
import { defaultValues, type TValues } from "../index";
import { defaultGcMisfit, defaultGcSpace, quantityBytes } from "./gc-defaults";
import { engineConfigWarnings } from "./warnings";

function statefulSet(storage: string, change: (values: TValues) => void = () => {}): TValues {
  const values = structuredClone(defaultValues());
  values.engine.kind = "StatefulSet";
  values.engine.statefulSet.persistentVolumeClaim.enabled = true;
  values.engine.statefulSet.persistentVolumeClaim.resources.requests.storage = storage;
  change(values);
  return values;
}

describe("the engine's default GC (engine/server/gc.go)", () => {
  it("reserves 10% rounded up to whole GB per GiB, at most 10 GB; keeps 20% free; uses at most 75%", () => {
    expect(defaultGcSpace(10 * 2 ** 30)).toEqual({ reservedSpace: 2e9, minFreeSpace: 3e9, maxUsedSpace: 8e9 });
    expect(defaultGcSpace(500 * 2 ** 30)).toEqual({ reservedSpace: 10e9, minFreeSpace: 101e9, maxUsedSpace: 376e9 });
    expect(quantityBytes("1.5Gi")).toBe(1.5 * 2 ** 30);
    expect(quantityBytes("500M")).toBe(5e8);
    expect(quantityBytes("1e9")).toBe(1e9);
    expect(quantityBytes(".5Gi")).toBe(2 ** 29);
    expect(quantityBytes("10 Gi")).toBeUndefined();
  });

  it("does not fit a volume when reserve and free space add up to more than it, and says the arithmetic", () => {
    expect(defaultGcMisfit("10Gi")).toBeUndefined();
    expect(defaultGcMisfit("2Gi")).toBeUndefined();
    expect(defaultGcMisfit("1Gi")).toBe(
      "With no GC limit in engine.json, the engine reserves 10% of 1.07 GB rounded up to whole GB per GiB, (0 + 1) × 1 GB = 1 GB, which its garbage collector never frees, and keeps 20% of the disk free, (0 + 1) × 1 GB = 1 GB: together 2 GB, more than the 1Gi volume (1.07 GB), so the cache fills it.",
    );
  });
});

describe("engineConfigWarnings", () => {
  it("warns on a small volume without a GC limit, with a limit to set", () => {
    const [warning, ...rest] = engineConfigWarnings(statefulSet("1Gi"));
    expect(rest).toEqual([]);
    expect(warning?.path).toBe("engine.statefulSet.persistentVolumeClaim.resources.requests.storage");
    expect(warning?.message).toContain('{"gc":{"maxUsedSpace":805306368}}');
  });

  it("says nothing once a limit is set, or on a large volume, or without a claim", () => {
    expect(engineConfigWarnings(statefulSet("1Gi", (v) => (v.engine.configJson = '{"gc": {"maxUsedSpace": "700MB"}}')))).toEqual([]);
    expect(engineConfigWarnings(statefulSet("1Gi", (v) => (v.engine.config = "[worker.oci]\n  gckeepstorage = 500000000\n")))).toEqual([]);
    expect(engineConfigWarnings(statefulSet("50Gi"))).toEqual([]);
    // 0 is "unset" to the engine: the default GC applies.
    expect(engineConfigWarnings(statefulSet("1Gi", (v) => (v.engine.configJson = '{"gc": {"maxUsedSpace": "0"}}')))).toHaveLength(1);
    expect(engineConfigWarnings(structuredClone(defaultValues()))).toEqual([]);
  });

  it("carries engine.json's problems for the engine in use, and a GC switched off", () => {
    const old = statefulSet("50Gi", (v) => {
      v.engine.image.ref = "registry.dagger.io/engine:v0.18.16";
      v.engine.configJson = '{\n  "registries": {}\n}';
    });
    expect(engineConfigWarnings(old).map((warning) => warning.path)).toEqual(["engine.configJson.registries"]);
    expect(engineConfigWarnings(old).map((warning) => warning.message)).toEqual([expect.stringMatching(/^engine\.json line 2: registries: the engine v0\.18\.16 does not know this key/)]);
    const off = statefulSet("50Gi", (v) => (v.engine.configJson = '{"gc": {"enabled": false}}'));
    expect(engineConfigWarnings(off)[0]?.message).toContain("never frees its cache");
    expect(engineConfigWarnings(off)[0]?.path).toBe("engine.configJson.gc.enabled");
  });
});
