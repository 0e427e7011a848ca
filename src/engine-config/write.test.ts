// Fields written back into engine.json text change only what changed.
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
