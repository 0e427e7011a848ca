import { describe, expect, it } from "vitest";
import { stepForPath } from "./step-ids";

describe("stepForPath", () => {
  it("finds the step of a field by its longest prefix", () => {
    expect(stepForPath("release.name")).toBe("release");
    expect(stepForPath("engine.image.ref")).toBe("release");
    expect(stepForPath("engine.statefulSet.replicas")).toBe("kind");
    expect(stepForPath("engine.statefulSet.persistentVolumeClaim.resources.requests.storage")).toBe("storage");
    expect(stepForPath("engine.env[0].name")).toBe("engine");
    expect(stepForPath("engine.volumes[1].name")).toBe("scheduling");
    expect(stepForPath("additionalResources.role.rules[0].verbs")).toBe("security");
    expect(stepForPath("additionalResources.service.port")).toBe("engine");
    expect(stepForPath("service.type")).toBe("engine");
    expect(stepForPath("service.sessionAffinity")).toBe("connect");
    expect(stepForPath("service.internalTrafficPolicy")).toBe("connect");
    expect(stepForPath("networkPolicy.from[0].podSelector")).toBe("connect");
  });

  it("matches whole keys only", () => {
    expect(stepForPath("engine.configJson")).toBe("engine");
    expect(stepForPath("labelsX")).toBe("review");
    expect(stepForPath("")).toBe("review");
  });
});
