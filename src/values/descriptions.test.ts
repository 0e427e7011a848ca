import { describe, expect, it } from "vitest";
import { defaultValues } from "./defaults";
import { valueDescription } from "./descriptions";
import { ZValues } from "./schema";
import { describePath, schemaFacts } from "./schema-facts";

describe("the schema's facts without zod", () => {
  it("gives the schema's defaults", () => {
    expect(defaultValues()).toEqual(ZValues.parse({}));
  });

  it("describes every key as the schema does, into Kubernetes objects and list entries", () => {
    const { descriptions } = schemaFacts();
    expect(Object.keys(descriptions).length).toBeGreaterThan(80);
    for (const path of Object.keys(descriptions)) expect(valueDescription(path), path).toBe(describePath(path));
    expect(valueDescription("engine.image.pullPolicy")).toBe("Image pull policy");
    expect(valueDescription("engine.securityContext.runAsUser")).toMatch(/^User ID of the pod's processes/);
    expect(valueDescription("engine.containerSecurityContext.privileged")).toMatch(/^Run the engine privileged/);
  });

  it("has nothing for a path the schema does not know or does not describe", () => {
    for (const path of ["engine.nothing", "engine.env[0].name", "toString", "__proto__", "engine"]) {
      expect(valueDescription(path), path).toBe(describePath(path));
    }
    expect(valueDescription("engine.nothing")).toBeUndefined();
    expect(valueDescription("constructor")).toBeUndefined();
  });
});
