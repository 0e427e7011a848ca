import { describe, expect, it } from "vitest";
import { atField, typedSetting, withHostRenamed, withSetting } from "./json-fields";

describe("withSetting", () => {
  it("sets a nested setting, making the objects and lists on its way", () => {
    expect(withSetting({}, ["gc", "maxUsedSpace"], "10GB")).toEqual({ gc: { maxUsedSpace: "10GB" } });
    expect(withSetting({}, ["gc", "policies", 0, "all"], true)).toEqual({ gc: { policies: [{ all: true }] } });
    expect(withSetting({ gc: { enabled: true } }, ["registries", "docker.io", "mirrors"], ["mirror.gcr.io"])).toEqual({
      gc: { enabled: true },
      registries: { "docker.io": { mirrors: ["mirror.gcr.io"] } },
    });
  });

  it("removes a setting and the objects it leaves empty, but not an empty object written elsewhere", () => {
    expect(withSetting({ gc: { maxUsedSpace: 1 }, security: {} }, ["gc", "maxUsedSpace"], undefined)).toEqual({ security: {} });
    expect(withSetting({ gc: { maxUsedSpace: 1, enabled: true } }, ["gc", "maxUsedSpace"], undefined)).toEqual({ gc: { enabled: true } });
    expect(withSetting({ gc: { policies: [{ all: true }, { all: false }] } }, ["gc", "policies", 0], undefined)).toEqual({ gc: { policies: [{ all: false }] } });
  });

  it("leaves the fields it was given unchanged", () => {
    const fields = { gc: { maxUsedSpace: 1 } };
    withSetting(fields, ["gc", "maxUsedSpace"], 2);
    expect(fields).toEqual({ gc: { maxUsedSpace: 1 } });
  });
});

describe("typedSetting", () => {
  it("writes digits as a number and anything else as typed, for the engine to parse", () => {
    expect(typedSetting("512000000")).toBe(512000000);
    expect(typedSetting("512MB")).toBe("512MB");
    expect(typedSetting("10%")).toBe("10%");
    expect(typedSetting("99999999999999999999")).toBe("99999999999999999999");
    expect(typedSetting("")).toBeUndefined();
  });
});

describe("withHostRenamed and atField", () => {
  it("renames a registry in its place", () => {
    expect(Object.keys(withHostRenamed({ a: {}, b: {}, c: {} }, "b", "x"))).toEqual(["a", "x", "c"]);
  });
  it("drops the leading key path of a message", () => {
    expect(atField("gc.reservedSpace", "gc.reservedSpace: invalid disk space")).toBe("invalid disk space");
    expect(atField("gc", "gc.reservedSpace: invalid")).toBe("gc.reservedSpace: invalid");
  });
});
