// Fields written back into engine.json text change only what changed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readEngineConfig } from "./read";
import { writeEngineConfig } from "./write";

const read = (text: string) => readEngineConfig(text, { kind: "release", version: "0.21.8" }).fields;

const USER_TEXT = `{
    "logLevel": "info",
    "GC": {
        "maxUsedSpace": 2.0e10,
        "policies": [ {"all": true} ]
    },
    "registries": {"docker.io": {"mirrors": ["mirror.gcr.io"]}}
}
`;

describe("writeEngineConfig", () => {
  it("gives back the same text for the same fields", () => {
    for (const text of [USER_TEXT, "{}", '{"gc":{"enabled":false}}', "{\r\n\t\"logLevel\": \"debug\"\r\n}"]) {
      expect(writeEngineConfig(text, read(text))).toBe(text);
    }
  });

  it("changes one key in place, as the text spells it, with its indentation", () => {
    const fields = read(USER_TEXT);
    const text = writeEngineConfig(USER_TEXT, { ...fields, gc: { ...fields.gc, maxUsedSpace: "20GB" } });
    expect(text).toBe(USER_TEXT.replace("2.0e10", '"20GB"'));
  });

  it("adds and removes keys, keeping the rest", () => {
    const fields = read(USER_TEXT);
    const { logLevel: _removed, ...rest } = fields;
    const text = writeEngineConfig(USER_TEXT, { ...rest, gc: { ...rest.gc, reservedSpace: "10%" }, security: { insecureRootCapabilities: false } });
    expect(read(text)).toEqual({ ...rest, gc: { ...rest.gc, reservedSpace: "10%" }, security: { insecureRootCapabilities: false } });
    expect(text).not.toContain("logLevel");
    expect(text).toContain('"maxUsedSpace": 2.0e10');
    expect(text).toContain('\n        "reservedSpace": "10%"');
  });

  it("starts a file from nothing, and leaves an empty text empty", () => {
    expect(writeEngineConfig("", {})).toBe("");
    const text = writeEngineConfig("", { gc: { maxUsedSpace: "50GB" } });
    expect(JSON.parse(text)).toEqual({ gc: { maxUsedSpace: "50GB" } });
  });

  it("refuses to edit text that is not JSON", () => {
    expect(() => writeEngineConfig("{ // note\n}", { logLevel: "debug" })).toThrow(/fix the text first/);
  });
});

describe("writeEngineConfig on one-line text", () => {
  it("keeps one-line objects on one line, strings untouched", () => {
    const text = '{"gc": {"policies": [{"all": true}]}}';
    const fields = { gc: { policies: [{ filters: ["type==a [ b ]"] }], maxUsedSpace: "1GB" } };
    const written = writeEngineConfig(text, fields);
    expect(written).toBe('{"gc": {"policies": [{"filters": ["type==a [ b ]"]}], "maxUsedSpace": "1GB"}}');
    expect(read(written)).toEqual(fields);
  });
});

describe("writeEngineConfig on random settings", () => {
  const size = fc.oneof(fc.integer({ min: 1, max: 2 ** 40 }), fc.constantFrom("512MB", "10%", "1.5GiB"));
  const policy = fc.record({ all: fc.boolean(), filters: fc.array(fc.constantFrom("type==regular", "a, b", '"q"'), { maxLength: 2 }), keepDuration: fc.constantFrom("48h", 3600), maxUsedSpace: size }, { requiredKeys: [] });
  const fields = fc.record(
    {
      logLevel: fc.constantFrom("debug", "info"),
      gc: fc.record({ enabled: fc.boolean(), reservedSpace: size, maxUsedSpace: size, policies: fc.array(policy, { maxLength: 2 }) }, { requiredKeys: [] }),
      security: fc.record({ insecureRootCapabilities: fc.boolean() }, { requiredKeys: [] }),
      registries: fc.dictionary(fc.constantFrom("docker.io", "ghcr.io", "q\"x"), fc.record({ mirrors: fc.array(fc.constantFrom("m.example.com"), { maxLength: 2 }), http: fc.boolean() }, { requiredKeys: [] }), { maxKeys: 2 }),
    },
    { requiredKeys: [] },
  );
  const indent = fc.constantFrom(0, 2, 4, "\t");

  it("reads back the settings written over any other settings, in any layout", () => {
    fc.assert(
      fc.property(fields, fields, indent, (before, after, space) => {
        const text = JSON.stringify(before, null, space) + "\n";
        const written = writeEngineConfig(text, after);
        expect(read(written)).toEqual(after);
        expect(JSON.parse(written)).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });
});
