import { describe, expect, it } from "vitest";
import { parseYaml11 } from "../yaml/yaml11";
import { coalesceValues } from "./coalesce";
import { defaultValues } from "./defaults";
import { minimalValues, minimalValuesText } from "./minimal";
import type { Table } from "./tree";

describe("minimalValues", () => {
  it("is empty for the defaults, even when they are spelled out", () => {
    expect(minimalValues({})).toEqual({});
    expect(minimalValues(structuredClone(defaultValues()) as Table)).toEqual({});
    expect(minimalValuesText({})).toBe("{}\n");
  });

  it("keeps only what differs, lists whole, and removed defaults as null", () => {
    const user = { engine: { kind: "StatefulSet", args: ["--debug"], readinessProbe: null, image: { pullPolicy: "IfNotPresent" } } };
    expect(minimalValues(user)).toEqual({ engine: { kind: "StatefulSet", args: ["--debug"], readinessProbe: null } });
  });

  it("coalesces to the same values as the user's file", () => {
    const user = { engine: { securityContext: { runAsUser: null, fsGroup: 7 }, labels: { on: "yes" } }, magicache: { enabled: true, token: "t" } };
    const defaults = defaultValues() as Table;
    expect(coalesceValues(defaults, minimalValues(user))).toEqual(coalesceValues(defaults, user));
  });

  it("writes strings that YAML 1.1 would misread as quoted strings", () => {
    const text = minimalValuesText({ labels: { a: "yes", b: "0755", c: "1e3", d: "~", e: "on" } });
    expect(parseYaml11(text)).toEqual({ labels: { a: "yes", b: "0755", c: "1e3", d: "~", e: "on" } });
  });
});
