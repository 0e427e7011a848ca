import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryRelease, arbitraryValues } from "../../test/arbitrary-values";
import { maximalValues } from "../../test/maximal-values";
import { validateValues } from "../render/validate";
import { renderedManifestsText } from "./outputs";

describe("renderedManifestsText", () => {
  const releases = [
    { name: "dagger", namespace: "dagger" },
    // Long enough for the rules that read the release name (the discovery Service's name).
    { name: "a-release-name-of-fifty-characters-for-the-limits", namespace: "ci" },
    { name: "Bad_Name", namespace: "ci" },
  ];

  it("renders values validated once as it renders values it validates itself", () => {
    const samples = [{}, maximalValues, { engine: { kinds: "StatefulSet" } }, { engine: { port: 1234 }, discovery: { create: true } }];
    for (const release of releases) {
      for (const values of samples) {
        expect(renderedManifestsText(release, values, validateValues(values)), JSON.stringify({ release, values })).toEqual(renderedManifestsText(release, values));
      }
    }
  });

  it("agrees on random values", () => {
    fc.assert(
      fc.property(arbitraryValues, fc.oneof(arbitraryRelease.map(({ releaseName, namespace }) => ({ name: releaseName, namespace })), fc.constantFrom(...releases)), (values, release) => {
        expect(renderedManifestsText(release, values, validateValues(values))).toEqual(renderedManifestsText(release, values));
      }),
      { numRuns: 60 },
    );
  });
});
