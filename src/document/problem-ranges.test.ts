import { describe, expect, it } from "vitest";
import { validateValues } from "../render/validate";
import { parseYaml11 } from "../yaml/yaml11";
import { problemRanges } from "./problem-ranges";

describe("problemRanges", () => {
  it("puts an unknown key's problem on the key, with the core's message", () => {
    const text = "# mine\nengine:\n  kinds: StatefulSet\n";
    const { problems } = validateValues(parseYaml11(text));
    expect(problemRanges(text, problems)).toEqual([
      { message: expect.stringContaining("Did you mean engine.kind?"), start: { line: 3, column: 3 }, end: { line: 3, column: 8 } },
    ]);
  });

  it("puts a wrong value on its key, and a path the text lacks on the closest key above it", () => {
    const text = "engine:\n  statefulSet:\n    replicas: many\n";
    const ranges = problemRanges(text, [
      { path: "engine.statefulSet.replicas", message: "not a number" },
      { path: "engine.statefulSet.podManagementPolicy", message: "missing" },
      { path: "", message: "whole file" },
    ]);
    expect(ranges.map((range) => range.start)).toEqual([{ line: 3, column: 5 }, { line: 2, column: 3 }, { line: 1, column: 1 }]);
  });
});
