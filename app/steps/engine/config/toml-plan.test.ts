// engine.toml text as a runner product passes it, parsed and converted as the wizard offers it.
import { describe, expect, it } from "vitest";
import { planTomlConversion } from "./toml-plan";

const v0_21 = { kind: "release", version: "0.21.8" } as const;

const RUNNER_TOML = `debug = true
insecure-entitlements = ["security.insecure"]

[grpc]
  address = ["tcp://0.0.0.0:1234"]

[worker.oci]
  gc = true
  gckeepstorage = 20000000000

[registry."docker.io"]
  mirrors = ["mirror.gcr.io"]
`;

describe("planTomlConversion", () => {
  it("converts gc, registry and debug settings, and says what stays behind", () => {
    const plan = planTomlConversion(RUNNER_TOML, "", v0_21);
    if (!plan.ok) throw new Error(plan.error);
    expect(JSON.parse(plan.conversion.json)).toEqual({
      logLevel: "debug",
      gc: { enabled: true, reservedSpace: 20000000000 },
      registries: { "docker.io": { mirrors: ["mirror.gcr.io"] } },
    });
    expect(plan.problems).toEqual([]);
    expect(plan.complete).toBe(false);
    expect(plan.conversion.notes.join("\n")).toMatch(/^grpc: .*engine\.port/m);
    expect(plan.conversion.notes.join("\n")).toMatch(/^insecure-entitlements: /m);
  });

  it("keeps engine.json's own settings, which win", () => {
    const plan = planTomlConversion("debug = true\n", '{\n  "logLevel": "warn",\n  "unknownToTheForm": null\n}\n', v0_21);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.conversion.json).toBe('{\n  "logLevel": "warn",\n  "unknownToTheForm": null\n}\n');
    expect(plan.conversion.notes).toEqual(["logLevel: engine.json already sets it, and wins over engine.toml's value."]);
  });

  it("on an engine older than registries in engine.json, leaves them in engine.toml", () => {
    const plan = planTomlConversion('[registry."docker.io"]\nmirrors = ["mirror.gcr.io"]\n', "", { kind: "release", version: "0.18.16" });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.conversion.json).toBe("");
    expect(plan.complete).toBe(false);
  });

  it("says where engine.toml is not TOML", () => {
    expect(planTomlConversion("debug = true\n[worker.oci\ngc = true\n", "", v0_21)).toEqual({ ok: false, error: expect.stringMatching(/^engine\.toml line 2, column \d+: /) });
  });

  it("says when the engine reads no engine.json at all", () => {
    const plan = planTomlConversion("debug = true\n", "", { kind: "release", version: "0.14.0" });
    expect(plan.ok && plan.noEngineJson).toBe(true);
  });
});
