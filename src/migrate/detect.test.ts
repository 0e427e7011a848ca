import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS, corpusPath } from "../../test/corpus/corpus";
import type { Table } from "../values/tree";
import { parseYaml11 } from "../yaml/yaml11";
import { detectUpstream, versionRanges } from "./detect";

const corpusValues = (file: string) => parseYaml11(readFileSync(corpusPath(CORPUS.find((entry) => entry.file === file)!), "utf8")) as Table;

describe("detectUpstream", () => {
  it("finds the fork's release by the keys only it read", () => {
    const detection = detectUpstream(corpusValues("kubiya-runner-0.5.22-values.yaml"));
    expect(detection.matches).toEqual([{ chart: "fork", versions: ["0.2.2"], ignored: [] }]);
    expect(detection.suggested).toEqual({ chart: "fork", version: "0.2.2" });
    expect(detection.summary).toBe("Written for the kubiya fork 0.2.2: those releases read every other key of the file. No release read enabled, engine.newServiceAccount.name.");
  });

  it("narrows dagger's chart down to the releases that read every key", () => {
    const detection = detectUpstream(corpusValues("vendor-0.21.8-show-values.yaml"));
    expect(detection.matches.map((match) => [match.chart, match.versions[0], match.versions.at(-1)])).toEqual([["vendor", "0.21.0", "1.0.0-beta.11"]]);
    expect(detection.suggested).toEqual({ chart: "vendor", version: "1.0.0-beta.11" });
    expect(detectUpstream(corpusValues("fork-0.4.1-show-values.yaml")).suggested).toEqual({ chart: "fork", version: "0.4.1" });
  });

  it("offers both charts when the keys fit both, dagger's first", () => {
    const detection = detectUpstream({ engine: { kind: "StatefulSet" } });
    expect(detection.summary).toBe("Written for dagger's chart 0.15.2 to 1.0.0-beta.11, or the kubiya fork 0.4.0 to 0.4.1: those releases read every other key of the file.");
    expect(detection.suggested).toEqual({ chart: "vendor", version: "1.0.0-beta.11" });
  });

  it("says a file is for this chart when it has keys no release of either read", () => {
    const detection = detectUpstream({ engine: { containerSecurityContext: { privileged: true }, kind: "StatefulSet" } });
    expect(detection).toMatchObject({ oursOnly: ["engine.containerSecurityContext"], matches: [] });
    expect(detection.suggested).toBeUndefined();
    // A key that never existed anywhere (the schema refuses it naming another) is no sign of this chart.
    expect(detectUpstream({ envFromSecretName: "x", engine: { config: "debug = true" } }).oursOnly).toEqual([]);
  });

  it("suggests nothing for a file that sets nothing", () => {
    expect(detectUpstream({}).matches).toEqual([]);
    expect(detectUpstream({}).suggested).toBeUndefined();
  });

  it("writes releases as runs", () => {
    expect(versionRanges("vendor", ["0.1.0", "0.1.1", "0.1.2", "0.15.2", "0.12.0"])).toBe("0.1.0 to 0.1.2, 0.12.0, 0.15.2");
  });
});
