import { describe, expect, it } from "vitest";
import { compareVersions, engineHas, engineVersionOf } from "./versions";

describe("engine versions", () => {
  it("orders releases and pre-releases as semantic versions", () => {
    expect(compareVersions("0.18.17", "0.18.16")).toBe(1);
    expect(compareVersions("0.9.7", "0.18.0")).toBe(-1);
    expect(compareVersions("1.0.0-beta.10", "1.0.0-beta.9")).toBe(1);
    expect(compareVersions("1.0.0-beta.11", "1.0.0")).toBe(-1);
    expect(compareVersions("0.21.8", "1.0.0-beta.1")).toBe(-1);
    expect(compareVersions("0.21.8", "v0.21.8".slice(1))).toBe(0);
  });

  it("reads the release from an image's tag; latest, main and no tag move", () => {
    expect(engineVersionOf("registry.dagger.io/engine:v0.21.8")).toEqual({ kind: "release", version: "0.21.8" });
    expect(engineVersionOf("localhost:5000/engine:v1.0.0-beta.10@sha256:abc")).toEqual({ kind: "release", version: "1.0.0-beta.10" });
    expect(engineVersionOf("registry.dagger.io/engine:latest")).toEqual({ kind: "moving", tag: "latest" });
    expect(engineVersionOf("registry.dagger.io/engine")).toEqual({ kind: "moving", tag: "latest" });
    expect(engineVersionOf("registry.dagger.io/engine:main")).toEqual({ kind: "moving", tag: "main" });
    expect(engineVersionOf("registry.dagger.io/engine@sha256:abc")).toEqual({ kind: "unknown" });
    expect(engineVersionOf("registry.dagger.io/engine:my-build")).toEqual({ kind: "unknown" });
  });

  it("knows which releases read magicache and which engine.json keys", () => {
    const release = (version: string) => engineVersionOf(`e:v${version}`);
    expect(engineHas("magicache", release("0.18.16"))).toBe(true);
    expect(engineHas("magicache", release("0.18.17"))).toBe(false);
    expect(engineHas("registries", release("0.18.19"))).toBe(false);
    expect(engineHas("registries", release("0.19.0"))).toBe(true);
    expect(engineHas("dagqlCache", release("0.21.8"))).toBe(false);
    expect(engineHas("dagqlCache", release("1.0.0-beta.10"))).toBe(true);
    expect(engineHas("engineJson", release("0.14.0"))).toBe(false);
    expect(engineHas("magicache", engineVersionOf("e:latest"))).toBeUndefined();
  });
});
