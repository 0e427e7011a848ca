import { describe, expect, it } from "vitest";
import { fieldHelp } from "./field-help";
import { fieldId, valueAt } from "./field-path";
import { clearedValue } from "../../src";

describe("fieldHelp", () => {
  it("gives the schema's description of a chart value", () => {
    expect(fieldHelp("engine.image.pullPolicy")).toBe("Image pull policy");
    expect(fieldHelp("engine.statefulSet.replicas")).toBe("Number of engines");
  });

  it("reaches into Kubernetes objects and list entries", () => {
    expect(fieldHelp("engine.securityContext.runAsUser")).toMatch(/^User ID of the pod's processes/);
    expect(fieldHelp("engine.containerSecurityContext.privileged")).toMatch(/^Run the engine privileged/);
  });

  it("has nothing for a path the schema does not know", () => {
    expect(fieldHelp("engine.nothing")).toBeUndefined();
    expect(fieldHelp("engine.env[0].name")).toBeUndefined();
  });
});

describe("field paths", () => {
  it("spells one path two ways", () => {
    expect(fieldId("engine.env[2].name")).toBe("field-engine.env[2].name");
    expect(valueAt({ engine: { env: [{ name: "a" }] } }, "engine.env[0].name")).toBe("a");
    expect(valueAt({ engine: null }, "engine.env")).toBeUndefined();
  });

  it("clears a key with a chart default with null, and removes any other", () => {
    expect(clearedValue("engine.securityContext.fsGroup")).toBeNull();
    expect(clearedValue("engine.port")).toBeNull();
    expect(clearedValue("engine.securityContext.runAsGroup")).toBeUndefined();
    expect(clearedValue("engine.tolerations[0].key")).toBeUndefined();
  });
});
