import { describe, expect, it } from "vitest";
import { parseYaml11 } from "../yaml/yaml11";
import { PRESETS } from "./presets";
import { shareableState, textStateFrom, withoutUnknownKeys } from "./share-state";
import { valuesTextOf } from "./text-state";
import { valuesFrom } from "./state";

describe("text state", () => {
  it("writes user values as their minimal values.yaml, empty for the defaults", () => {
    expect(valuesTextOf({})).toBe("");
    expect(valuesTextOf({ engine: { kind: "DaemonSet", image: { pullPolicy: "Always" } } })).toBe("engine:\n  image:\n    pullPolicy: Always\n");
    const runner = PRESETS.find((preset) => preset.id === "runner")!;
    expect(parseYaml11(valuesTextOf(runner.values))).toMatchObject({ volumeMountsPostfix: "runner", engine: { kind: "StatefulSet" } });
  });

  it("turns a share link's state into text, a removed default kept as null", () => {
    const state = { release: { name: "ci", namespace: "b" }, values: valuesFrom({ engine: { readinessProbe: null } }) };
    expect(textStateFrom(state)).toEqual({ release: { name: "ci", namespace: "b" }, valuesText: "engine:\n  readinessProbe: null\n" });
  });

  it("leaves unknown keys out of what a link carries", () => {
    const values = { engine: { kinds: "StatefulSet", kind: "StatefulSet" }, tunnel: { enabled: false }, labels: { "a.b/c": "d" } };
    expect(withoutUnknownKeys(values)).toEqual({ engine: { kind: "StatefulSet" }, labels: { "a.b/c": "d" } });
    expect(shareableState({ name: "a", namespace: "b" }, values).values.engine.kind).toBe("StatefulSet");
  });
});
