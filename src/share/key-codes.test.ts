import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeKeys, encodeKeys, KEY_CODES, KeyCodeError } from "./key-codes";

describe("key codes", () => {
  it("shortens known keys and gives back exactly what it was given", () => {
    const data = { engine: { persistentVolumeClaim: { enabled: true } }, "~home": 1, "~~x": [{ name: "a" }] };
    const encoded = encodeKeys(data);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(data).length);
    expect(encoded).toMatchObject({ "~~home": 1, "~~~x": [{ [`~${KEY_CODES.indexOf("name").toString(36)}`]: "a" }] });
    expect(decodeKeys(encoded)).toEqual(data);
  });

  it("round-trips any JSON, whatever its keys", () => {
    const key = fc.oneof(fc.constantFrom(...KEY_CODES), fc.string(), fc.string().map((s) => `~${s}`));
    const json = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 4 })),
    })).node;
    fc.assert(fc.property(json, (data) => {
      expect(decodeKeys(encodeKeys(data))).toEqual(data);
    }), { numRuns: 500 });
  });

  it("refuses a code it does not have", () => {
    expect(() => decodeKeys({ "~zzz": 1 })).toThrow(KeyCodeError);
    expect(() => decodeKeys({ "~": 1 })).toThrow(KeyCodeError);
  });

  it("keeps every code unique", () => {
    expect(new Set(KEY_CODES).size).toBe(KEY_CODES.length);
  });
});
