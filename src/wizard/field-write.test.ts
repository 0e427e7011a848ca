import { describe, expect, it } from "vitest";
import { clearedValue, fieldPath, writeFieldValue } from "./field-write";

const vendorText = `# our engine
engine:
  # the kind we run
  kind: DaemonSet # for now
  image:
    pullPolicy: IfNotPresent # on purpose, equal to the default
`;

describe("fieldPath", () => {
  it("splits keys and list indexes", () => {
    expect(fieldPath("engine.env[0].name")).toEqual(["engine", "env", 0, "name"]);
    expect(fieldPath("magicache")).toEqual(["magicache"]);
  });
});

describe("writeFieldValue", () => {
  it("changes only the touched node: comments, order and keys set to a default on purpose stay", () => {
    const next = writeFieldValue(vendorText, "engine.kind", "StatefulSet");
    expect(next).toBe(vendorText.replace("kind: DaemonSet", "kind: StatefulSet"));
  });

  it("adds a new key at the end of its map, creating the maps above it", () => {
    expect(writeFieldValue("", "engine.image.pullPolicy", "Always")).toBe("engine:\n  image:\n    pullPolicy: Always\n");
    expect(writeFieldValue("# mine\nengine: {}\n", "engine.kind", "StatefulSet")).toBe("# mine\nengine:\n  kind: StatefulSet\n");
  });

  it("does not add a key whose value equals the default", () => {
    expect(writeFieldValue("", "engine.image.pullPolicy", "IfNotPresent")).toBe("");
    expect(writeFieldValue("engine: {}\n", "engine.kind", "DaemonSet")).toBe("engine: {}\n");
  });

  it("returns the same string when nothing changes", () => {
    const text = "engine:\n  kind:   StatefulSet\n";
    expect(writeFieldValue(text, "engine.kind", "StatefulSet")).toBe(text);
  });

  it("clears with null where the chart has a default, and removes other keys", () => {
    expect(writeFieldValue("", "engine.readinessProbe", undefined)).toBe("engine:\n  readinessProbe: null\n");
    expect(writeFieldValue("engine:\n  kinds: x\n  kind: StatefulSet\n", "engine.kinds", undefined)).toBe("engine:\n  kind: StatefulSet\n");
    expect(clearedValue("engine.kind")).toBeNull();
    expect(clearedValue("engine.nope")).toBeUndefined();
  });

  it("writes a whole table as what differs from the default, and null for a default key it lacks", () => {
    // What the probe fields hand back: the default probe with the user's changes, one timing gone.
    const probe = { exec: { command: ["dagger", "core", "version"] }, initialDelaySeconds: 10, timeoutSeconds: 15, periodSeconds: 10, successThreshold: 1 };
    const next = writeFieldValue("", "engine.readinessProbe", probe);
    expect(next).toBe("engine:\n  readinessProbe:\n    exec:\n      command:\n        - dagger\n        - core\n        - version\n    initialDelaySeconds: 10\n    failureThreshold: null\n");
    // A handler the user wrote and the new probe lacks is removed.
    const mine = "engine:\n  readinessProbe:\n    httpGet: { path: /healthz, port: 8080 }\n";
    expect(writeFieldValue(mine, "engine.readinessProbe", { ...probe, failureThreshold: 5 })).not.toContain("httpGet");
  });

  it("replaces a removed default (null) with a table when a field sets a key inside it", () => {
    const next = writeFieldValue("engine:\n  readinessProbe: null # none\n", "engine.readinessProbe.periodSeconds", 20);
    expect(next).toContain("periodSeconds: 20");
    expect(next).not.toContain("null");
  });

  it("refuses a text with a syntax error, and a path through a scalar, with what and where", () => {
    expect(() => writeFieldValue("engine: [", "engine.kind", "StatefulSet")).toThrow(/values.yaml has an error/);
    expect(() => writeFieldValue("engine:\n  image: latest\n", "engine.image.ref", "x")).toThrow(/engine.image in values.yaml is "latest", not a mapping/);
  });
});
