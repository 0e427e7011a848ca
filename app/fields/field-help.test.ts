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

  it("leaves out a description that only repeats the field's label", () => {
    expect(fieldHelp("engine.image.pullPolicy", "Pull policy")).toBeUndefined();
    expect(fieldHelp("magicache.url", "Magicache URL")).toBeUndefined();
    expect(fieldHelp("engine.tolerations", "Tolerations")).toBeUndefined();
    expect(fieldHelp("engine.newServiceAccount.annotations", "Service account annotations")).toBeUndefined();
    // A description that says more than its label stays.
    expect(fieldHelp("engine.statefulSet.replicas", "Replicas")).toBe("Number of engines");
    expect(fieldHelp("magicache.enabled", "Use magicache")).toBe("Use Dagger Cloud's magicache");
    expect(fieldHelp("engine.nodeSelector", "Node selector")).toBe("Node labels the engine's pods must match");
  });

  it("drops values.yaml's \"null for none\": a form user empties the field", () => {
    expect(fieldHelp("engine.port", "TCP port")).toBe("TCP port the engine listens on as well as its unix socket");
    expect(fieldHelp("engine.hostPort", "Host port")).toBe("Host port for the engine's TCP port (needs engine.port)");
    expect(fieldHelp("engine.readinessProbe", "Handler")).toBe("Readiness probe; a probe with httpGet, tcpSocket or grpc replaces the exec handler");
  });

  it("has nothing for a path the schema does not know", () => {
    // @ts-expect-error -- not a values path: the type refuses it, and at run time there is no help either
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
