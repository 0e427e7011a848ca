import { describe, expect, it } from "vitest";
import { parseYamlField, yamlFieldText } from "./yaml-text";

describe("parseYamlField", () => {
  it("reads an empty text as the empty list or map", () => {
    expect(parseYamlField("  \n", "list")).toEqual({ ok: true, value: [] });
    expect(parseYamlField("", "map")).toEqual({ ok: true, value: {} });
  });

  it("names the line and column of a syntax error", () => {
    const result = parseYamlField("- name: a\n  image: [unclosed\n", "list");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^YAML error at line \d+, column \d+: /);
  });

  it("refuses duplicated keys and the wrong shape", () => {
    expect(parseYamlField("a: 1\na: 2\n", "map").ok).toBe(false);
    expect(parseYamlField("a: 1\n", "list")).toEqual({ ok: false, message: "must be a YAML list: start each entry with '- '" });
    expect(parseYamlField("- 1\n", "map").ok).toBe(false);
  });

  it("round-trips a value", () => {
    const value = [{ name: "cache", emptyDir: {} }];
    expect(parseYamlField(yamlFieldText(value), "list")).toEqual({ ok: true, value });
    expect(yamlFieldText([])).toBe("");
    expect(yamlFieldText(undefined)).toBe("");
  });
});
