import { describe, expect, it } from "vitest";
import { goNumber } from "./go-yaml-schema";
import { parseYaml11, toYaml11 } from "./yaml11";

describe("YAML as go-yaml v2 reads it", () => {
  it("reads YAML 1.1 booleans, nulls and numbers as Kubernetes does", () => {
    expect(parseYaml11("a: yes\nb: off\nc: y\nd: ~\ne: 0755\nf: 0x1F\ng: 1e3\nh: 0o17\ni: 1_000\nj: .5\nk:\n")).toEqual({
      a: true, b: false, c: true, d: null, e: 493, f: 31, g: 1000, h: 15, i: 1000, j: 0.5, k: null,
    });
  });

  it("reads as strings what go-yaml keeps as strings", () => {
    expect(parseYaml11("a: e-68\nb: 190:20:30\nc: 1e400\nd: <<\ne: 2001-01-01")).toEqual({ a: "e-68", b: "190:20:30", c: "1e400", d: "<<", e: "2001-01-01" });
  });

  it("follows Go's integer rules", () => {
    expect(goNumber("08")).toBe(8);
    expect(goNumber("1__0")).toBe(10);
    expect(goNumber("-0b11")).toBe(-3);
    expect(goNumber("0x")).toBe("0x");
  });

  it("writes every string so that it reads back as the same string", () => {
    const strings = ["yes", "on", "y", "0755", "1e3", "~", "a: b", "l1\nl2\n", "0o17", "1_000", "e-68", ".NaN", "2001-01-01", "\u2028x", "", "null"];
    const data = Object.fromEntries(strings.map((text, i) => [`k${i}`, text]));
    expect(parseYaml11(toYaml11(data))).toEqual(data);
  });

  it("refuses duplicated keys with their line", () => {
    expect(() => parseYaml11("a: 1\na: 2\n")).toThrow(/unique/);
  });
});
