// engine.json checked as each engine release decodes it (engine/config/config.go at its tags).
import { describe, expect, it } from "vitest";
import { engineVersionOf, type EngineVersion } from "../engine/versions";
import { readEngineConfig } from "./read";
import { JsonNumber, parseDiskSpace, parseDuration } from "./sizes";

const release = (version: string): EngineVersion => ({ kind: "release", version });
const errors = (text: string, version = "0.21.8") => readEngineConfig(text, release(version)).problems.filter((problem) => problem.severity === "error");

describe("sizes as the engine reads them (go-units RAMInBytes, binary units)", () => {
  it.each([
    ["512MB", { bytes: 512 * 1024 ** 2 }],
    ["512mib", { bytes: 512 * 1024 ** 2 }],
    ["512 M", { bytes: 512 * 1024 ** 2 }],
    ["1.5GB", { bytes: 1.5 * 1024 ** 3 }],
    ["10GiB", { bytes: 10 * 1024 ** 3 }],
    ["100b", { bytes: 100 }],
    ["10%", { percentage: 10 }],
    ["-10%", { percentage: -10 }],
    ["", { bytes: 0 }],
  ])("%j is %j", (text, expected) => expect(parseDiskSpace(text)).toEqual(expected));

  it("reads JSON numbers by their text", () => {
    expect(parseDiskSpace(new JsonNumber("512000000", 512000000))).toEqual({ bytes: 512000000 });
    expect(parseDiskSpace(new JsonNumber("1e3", 1000))).toEqual({ bytes: 1000 });
    expect(parseDiskSpace(new JsonNumber("-5", -5))).toHaveProperty("error");
  });

  it.each(["12 GBs", "10 %", "10.5%", "GB", "1x", "5kb b", "1_000", "-1GB", "0x10"])("refuses %j", (text) => {
    expect(parseDiskSpace(text)).toHaveProperty("error");
  });

  it("durations: Go durations or whole seconds", () => {
    expect(parseDuration("48h")).toEqual({ seconds: 172800 });
    expect(parseDuration("1h30m")).toEqual({ seconds: 5400 });
    expect(parseDuration("-1.5h")).toEqual({ seconds: -5400 });
    expect(parseDuration("3600")).toEqual({ seconds: 3600 });
    expect(parseDuration(new JsonNumber("3600", 3600))).toEqual({ seconds: 3600 });
    for (const bad of ["1d", "1.5", "h", "1 h"]) expect(parseDuration(bad)).toHaveProperty("error");
    expect(parseDuration(new JsonNumber("1.5", 1.5))).toHaveProperty("error");
  });
});

describe("engine.json by engine release", () => {
  it("reads the fields, and keeps sizes as written", () => {
    const text = '{"logLevel": "debug", "gc": {"maxUsedSpace": "20GB", "reservedSpace": 1000000000, "policies": [{"all": true, "keepDuration": "48h", "filters": ["type==regular"]}]}, "security": {"insecureRootCapabilities": false}}';
    const reading = readEngineConfig(text, release("0.21.8"));
    expect(reading.problems).toEqual([]);
    expect(reading.fields).toEqual({
      logLevel: "debug",
      gc: { maxUsedSpace: "20GB", reservedSpace: 1000000000, policies: [{ all: true, keepDuration: "48h", filters: ["type==regular"] }] },
      security: { insecureRootCapabilities: false },
    });
  });

  it("registries since v0.19.0", () => {
    const text = '{"registries": {"docker.io": {"mirrors": ["mirror.gcr.io"], "http": false, "insecure": false, "ca": ["/etc/ssl/ca.pem"]}}}';
    expect(errors(text, "0.19.0")).toEqual([]);
    const [problem] = errors(text, "0.18.19");
    expect(problem?.message).toMatch(/^registries: the engine v0\.18\.19 does not know this key.*v0\.19\.0 and later.*Remove it, or run an engine of v0\.19\.0 or later/);
    expect(problem).toMatchObject({ line: 1, column: 2 });
  });

  it("gc.dagqlCache since v1.0.0-beta.10, with whole numbers", () => {
    const text = '{"gc": {"dagqlCache": {"maxEstimatedBytes": 1000000, "targetEstimatedBytes": 500000}}}';
    expect(errors(text, "1.0.0-beta.10")).toEqual([]);
    expect(errors(text, "1.0.0-beta.9")[0]?.message).toContain("gc.dagqlCache: the engine v1.0.0-beta.9 does not know this key");
    expect(errors('{"gc": {"dagqlCache": {"maxEstimatedBytes": 1.5}}}', "1.0.0-beta.10")[0]?.message).toContain("gc.dagqlCache.maxEstimatedBytes: must be a whole number");
    expect(errors('{"gc": {"dagqlCache": {"maxEstimatedBytes": "1GB"}}}', "1.0.0-beta.10")).toHaveLength(1);
  });

  it("sweep in v0.18.9 and v0.18.10, sweepSize from v0.18.11", () => {
    expect(errors('{"gc": {"sweep": "10%"}}', "0.18.10")).toEqual([]);
    expect(errors('{"gc": {"sweepSize": "10%"}}', "0.18.10")[0]?.message).toContain("gc.sweepSize: the engine v0.18.10 does not know");
    expect(errors('{"gc": {"policies": [{"sweep": "10%"}]}}', "0.19.0")[0]?.message).toMatch(/gc\.policies\[0\]\.sweep: .*v0\.18\.9 to v0\.18\.11 \(not included\).*Write sweepSize instead/);
    expect(errors('{"gc": {"sweepSize": "10%"}}', "0.18.11")).toEqual([]);
    expect(errors('{"gc": {"sweepSize": "10%"}}', "0.18.8")).toHaveLength(1);
  });

  it("unknown keys, with the closest known one", () => {
    expect(errors('{"debug": true}')[0]?.message).toBe("debug: unknown key: the engine v0.21.8 refuses to start with a key it does not know.");
    expect(errors('{"logLevle": "info"}')[0]?.message).toContain("Did you mean logLevel?");
    expect(errors('{"gc": {"maxUsed": "1GB"}}')[0]?.message).toContain("gc.maxUsed: unknown key");
    // A key, not the object's prototype: the engine refuses it like any other.
    const paths = errors('{"__proto__": {"logLevel": "debug"}, "gc": {"__proto__": 1}}').map((problem) => [problem.path, problem.line]);
    expect(paths.sort()).toEqual([
      ["__proto__", 1],
      ["gc.__proto__", 1],
    ]);
  });

  it("matches keys ignoring case, as Go does, and says how the engine spells them", () => {
    const reading = readEngineConfig('{"LogLevel": "DEBUG", "GC": {"MaxUsedSpace": "1GB"}}', release("0.21.8"));
    expect(reading.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(reading.problems.map((problem) => problem.message)).toContain("LogLevel: the engine reads this key as logLevel; write logLevel.");
    expect(reading.fields).toEqual({ logLevel: "DEBUG", gc: { maxUsedSpace: "1GB" } });
  });

  it("values the engine refuses: log levels, sizes, null sizes, types", () => {
    expect(errors('{"logLevel": "verbose"}')[0]?.message).toContain("must be one of error, warn, info, debug, debugextra, trace");
    expect(errors('{"gc": {"maxUsedSpace": "12 GBs"}}')[0]?.message).toContain('gc.maxUsedSpace: invalid disk space "12 GBs"');
    expect(errors('{"gc": {"maxUsedSpace": null}}')).toHaveLength(1);
    expect(errors('{"gc": {"enabled": null, "policies": null}, "security": null}')).toEqual([]);
    expect(errors('{"gc": {"enabled": "yes"}}')[0]?.message).toContain("gc.enabled: must be true or false");
    expect(errors('{"gc": 5}')[0]?.message).toContain("gc: must be an object");
    expect(errors("[]")).toHaveLength(1);
  });

  it("text the engine cannot read at all, with the place", () => {
    expect(errors('{\n  "logLevel": "info", // why\n}')[0]).toMatchObject({ line: 2, message: expect.stringContaining("comments are not JSON") });
    expect(errors('{"gc": {},}')[0]?.message).toContain("trailing comma");
    expect(errors("  \n")[0]?.message).toContain("empty");
    expect(readEngineConfig("", release("0.21.8"))).toEqual({ fields: {}, problems: [] });
  });

  it("engines before v0.15.0 read no engine.json; images without a release get the newest keys", () => {
    expect(errors("{}", "0.14.0")[0]?.message).toContain("does not read engine.json");
    const moving = readEngineConfig('{"gc": {"dagqlCache": {}}}', engineVersionOf("registry.dagger.io/engine:main"));
    expect(moving.problems.map((problem) => problem.severity)).toEqual(["warning"]);
  });
});
