import { describe, expect, it } from "vitest";
import { CHART } from "../../../src";
import { defaultImage, imageChoice, versionImage } from "./image-choice";

describe("imageChoice", () => {
  it("reads the stored image reference as one of three choices", () => {
    expect(defaultImage()).toBe(`registry.dagger.io/engine:v${CHART.appVersion}`);
    expect(imageChoice("")).toEqual({ choice: "default" });
    expect(imageChoice(versionImage("0.19.11"))).toEqual({ choice: "version", version: "0.19.11" });
    expect(imageChoice("registry.dagger.io/engine:v0.17.0")).toEqual({ choice: "custom" });
    expect(imageChoice("mirror.example.com/dagger/engine@sha256:abc")).toEqual({ choice: "custom" });
  });
});
