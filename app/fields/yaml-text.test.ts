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

  it("reads YAML 1.1 as Helm does, as values.yaml is read: 0644 is 420, yes is true", () => {
    const text = "- name: config\n  configMap:\n    name: x\n    defaultMode: 0644\n    optional: yes\n";
    expect(parseYamlField(text, "list")).toEqual({ ok: true, value: [{ name: "config", configMap: { name: "x", defaultMode: 420, optional: true } }] });
    expect(parseYamlField("a: [1, 2]\n---\nb: 3\n", "map")).toEqual({ ok: false, message: "YAML error at line 3, column 1: one YAML document only: remove the '---' line" });
  });

  it("writes a value so that it reads back the same: strings YAML 1.1 would misread are quoted", () => {
    const value = { "kubernetes.io/os": "linux", zone: "yes", mode: "0644", at: "12:30" };
    expect(yamlFieldText(value)).toBe('kubernetes.io/os: linux\nzone: "yes"\nmode: "0644"\nat: "12:30"\n');
    expect(parseYamlField(yamlFieldText(value), "map")).toEqual({ ok: true, value });
  });
});

