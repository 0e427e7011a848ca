import { describe, expect, it } from "vitest";
import { readValuesText, syntaxErrorText } from "./values-state";

describe("readValuesText", () => {
  it("reads a text once: the same text gives the identical answer", () => {
    const text = "engine:\n  kind: StatefulSet\n";
    const first = readValuesText(text);
    expect(readValuesText(text)).toBe(first);
    expect(first.ok && first.snapshot.values.engine.kind).toBe("StatefulSet");
  });

  it("keeps a removed default as null in the user's values, and removes it for the templates", () => {
    const reading = readValuesText("engine:\n  readinessProbe: null\n");
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.snapshot.userValues).toEqual({ engine: { readinessProbe: null } });
    expect(reading.snapshot.values.engine.readinessProbe).toBeUndefined();
    expect(reading.snapshot.values.engine.image.pullPolicy).toBe("IfNotPresent");
  });

  it("lists unknown keys with a did-you-mean, and the problem Helm would refuse them for", () => {
    const reading = readValuesText("engine:\n  kinds: StatefulSet\n");
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.snapshot.unknownKeys).toEqual([{ path: "engine.kinds", suggestion: "engine.kind" }]);
    expect(reading.snapshot.problems[0]?.message).toContain("Did you mean engine.kind?");
  });

  it("answers a syntax error with what and where", () => {
    const reading = readValuesText("engine:\n  kind: [StatefulSet\n");
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.position?.line).toBeGreaterThanOrEqual(2);
    expect(syntaxErrorText(reading)).toMatch(/^values.yaml has an error at line \d+, column \d+: /);
  });
});
