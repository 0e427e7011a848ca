import { describe, expect, it } from "vitest";
import { minimumClientFor, minimumEngineFor } from "./client-versions";

describe("the CLIs an engine lets in and the engines a CLI accepts (engine/version.go)", () => {
  it.each([
    ["0.21.8", "0.19.0", "0.19.0"],
    ["1.0.0-beta.11", "0.19.0", "0.19.0"],
    ["0.19.0", "0.19.0", "0.19.0"],
    ["0.18.16", "0.17.0", "0.18.11"],
    ["0.18.10", "0.17.0", "0.18.6"],
    ["0.17.2", "0.17.0", "0.16.0"],
    ["0.15.4", "0.12.5", "0.12.5"],
  ] as const)("v%s: clients from v%s, engines from v%s", (version, client, engine) => {
    expect(minimumClientFor(version)).toBe(client);
    expect(minimumEngineFor(version)).toBe(engine);
  });

  it("knows nothing before v0.11.7, where the file had no such constants", () => {
    expect(minimumClientFor("0.11.6")).toBeUndefined();
    expect(minimumEngineFor("0.9.0")).toBeUndefined();
  });
});
