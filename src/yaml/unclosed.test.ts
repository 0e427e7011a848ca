import { describe, expect, it } from "vitest";
import { readYaml11 } from "./go-read";

/** Line and column (1-based) of the problem readYaml11 reports, and its message. */
function problemAt(text: string): { line: number; column: number; message: string } {
  const read = readYaml11(text);
  if (read.ok) throw new Error("expected a problem");
  const before = text.slice(0, read.problem.offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: read.problem.message };
}

describe("an unclosed [, { or quote is reported where it opens", () => {
  it("a list whose ] is missing, with more keys below", () => {
    const problem = problemAt("engine:\n  args: [--debug, --foo\n  port: 1234\nnodeSelector: {}\n");
    expect(problem).toMatchObject({ line: 2, column: 9 });
    expect(problem.message).toContain("the list opened with [ here is not closed: end it with ]");
  });

  it("the outer one of two, and a mapping", () => {
    expect(problemAt("a: [1, [2\nb: 3\n")).toMatchObject({ line: 1, column: 4 });
    expect(problemAt("a: {b: [1, 2]\nc: 2\n")).toMatchObject({ line: 1, column: 4, message: expect.stringContaining("mapping opened with {") });
  });

  it("a double-quoted string", () => {
    expect(problemAt('x: 1\na: "abc\nb: 1\n')).toMatchObject({ line: 2, column: 4, message: expect.stringContaining('string opened with "') });
  });

  it("leaves other errors where the parser puts them", () => {
    expect(problemAt("a: 1\n b: 2\n").message).not.toContain("opened with");
  });
});
