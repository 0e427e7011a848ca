// engine.toml (BuildKit) settings proposed as engine.json, and what stays behind. The input is
// the TOML as a parser gives it (written out here by hand: the project keeps no TOML parser yet).
import { describe, expect, it } from "vitest";
import type { EngineVersion } from "../engine/versions";
import { convertLegacyToml } from "./legacy-toml";
import { readEngineConfig } from "./read";

const v0_21: EngineVersion = { kind: "release", version: "0.21.8" };

/**
 * debug = true
 * insecure-entitlements = ["security.insecure"]
 * [grpc]
 *   address = ["tcp://0.0.0.0:1234"]
 * [worker.oci]
 *   gc = true
 *   gckeepstorage = 20000000000
 *   max-parallelism = 4
 *   [[worker.oci.gcpolicy]]
 *     keepBytes = "10GB"
 *     keepDuration = 172800
 *     filters = ["type==source.local"]
 *   [[worker.oci.gcpolicy]]
 *     all = true
 *     keepBytes = "20%"
 * [registry."docker.io"]
 *   mirrors = ["mirror.gcr.io"]
 *   [[registry."docker.io".keypair]]
 *     key = "/certs/client.key"
 *     cert = "/certs/client.cert"
 */
const RUNNER_TOML = {
  debug: true,
  "insecure-entitlements": ["security.insecure"],
  grpc: { address: ["tcp://0.0.0.0:1234"] },
  worker: {
    oci: {
      gc: true,
      gckeepstorage: 20000000000,
      "max-parallelism": 4,
      gcpolicy: [
        { keepBytes: "10GB", keepDuration: 172800, filters: ["type==source.local"] },
        { all: true, keepBytes: "20%" },
      ],
    },
  },
  registry: { "docker.io": { mirrors: ["mirror.gcr.io"], keypair: [{ key: "/certs/client.key", cert: "/certs/client.cert" }] } },
};

describe("convertLegacyToml", () => {
  it("turns GC, registries and debug into engine.json the engine accepts, and says what stays behind", () => {
    const result = convertLegacyToml(RUNNER_TOML, "", v0_21);
    expect(result.fields).toEqual({
      logLevel: "debug",
      gc: {
        enabled: true,
        reservedSpace: 20000000000,
        policies: [
          { filters: ["type==source.local"], keepDuration: 172800, reservedSpace: "10GB" },
          { all: true, reservedSpace: "20%" },
        ],
      },
      registries: { "docker.io": { mirrors: ["mirror.gcr.io"] } },
    });
    expect(readEngineConfig(result.json, v0_21)).toEqual({ fields: result.fields, problems: [] });
    const notes = result.notes.join("\n");
    expect(notes).toContain("grpc: the engine's listening addresses");
    expect(notes).toContain("insecure-entitlements: entitlements have no engine.json key");
    expect(notes).toContain('registry."docker.io".keypair (client certificates) has no engine.json key');
    expect(notes).toContain("worker.oci.max-parallelism has no engine.json key");
    expect(result.converted).toContain("worker.oci.gckeepstorage");
  });

  it("keeps registries in engine.toml for engines before v0.19.0", () => {
    const result = convertLegacyToml({ registry: { "docker.io": { mirrors: ["m"] } } }, "", { kind: "release", version: "0.18.16" });
    expect(result.fields).toEqual({});
    expect(result.json).toBe("");
    expect(result.notes[0]).toContain("from v0.19.0 on");
  });

  it("merges under the engine.json already there, which wins, and keeps its text", () => {
    const configJson = '{\n  "logLevel": "info",\n  "security": {"insecureRootCapabilities": false}\n}\n';
    const result = convertLegacyToml({ trace: true, worker: { oci: { maxUsedSpace: "50GB" } } }, configJson, v0_21);
    expect(result.fields).toEqual({ logLevel: "info", security: { insecureRootCapabilities: false }, gc: { maxUsedSpace: "50GB" } });
    expect(result.json).toContain('"security": {"insecureRootCapabilities": false}');
    expect(result.notes).toContain("logLevel: engine.json already sets it, and wins over engine.toml's value.");
  });

  it("leaves out sizes and durations the engine would refuse", () => {
    const result = convertLegacyToml({ worker: { oci: { gckeepstorage: "lots", gcpolicy: [{ keepDuration: "2 days" }] } } }, "", v0_21);
    expect(result.fields).toEqual({ gc: { policies: [{}] } });
    expect(result.notes).toEqual([
      'worker.oci.gckeepstorage = "lots" is not a size the engine reads: left out.',
      'worker.oci.gcpolicy[0].keepDuration = "2 days" is not a duration the engine reads: left out.',
    ]);
  });
});
