// The .helmignore rules as Helm reads them: the cases of Helm's own rules_test.go, and errors for
// the patterns Helm refuses. package-chart.test.ts checks a whole chart against `helm package`.
import { describe, expect, it } from "vitest";
import { globToRegExp, parseHelmignore } from "./helmignore";

const FILE = false;
const DIR = true;

describe("parseHelmignore", () => {
  it.each([
    ["helm.txt", "helm.txt", FILE, true],
    ["helm.*", "helm.txt", FILE, true],
    ["helm.*", "rudder.txt", FILE, false],
    ["*.txt", "tiller.txt", FILE, true],
    ["*.txt", "cargo/a.txt", FILE, true],
    ["cargo/*.txt", "cargo/a.txt", FILE, true],
    ["cargo/*.*", "cargo/a.txt", FILE, true],
    ["cargo/*.txt", "mast/a.txt", FILE, false],
    ["ru[c-e]?er.txt", "rudder.txt", FILE, true],
    ["ru[^c-e]?er.txt", "rudder.txt", FILE, false],
    ["templates/.?*", "templates/.dotfile", FILE, true],
    [".*", ".", DIR, false],
    [".*", "./", DIR, false],
    [".*", ".joonix", FILE, true],
    [".*", "helm.txt", FILE, false],
    [".*", "", FILE, false],
    ["cargo/", "cargo", DIR, true],
    ["cargo/", "cargo/", DIR, true],
    ["cargo/", "mast/", DIR, false],
    ["helm.txt/", "helm.txt", FILE, false],
    ["!helm.txt", "helm.txt", FILE, false],
    ["!helm.txt", "tiller.txt", FILE, true],
    ["!*.txt", "cargo", DIR, true],
    ["!cargo/", "mast/", DIR, true],
    ["/a.txt", "a.txt", FILE, true],
    ["/a.txt", "cargo/a.txt", FILE, false],
    ["/cargo/a.txt", "cargo/a.txt", FILE, true],
    ["a\\*b", "a*b", FILE, true],
    ["a\\*b", "axb", FILE, false],
    ["*", "cargo/a.txt", FILE, true],
    ["cargo/*", "cargo/deep/a.txt", FILE, false],
  ])("%j on %j (directory: %s) ignores it: %s", (rule, path, isDirectory, expected) => {
    expect(parseHelmignore(rule).ignores(path, isDirectory)).toBe(expected);
  });

  it("always leaves dot files in templates/ out, as Helm's default rule does", () => {
    const rules = parseHelmignore("");
    expect(rules.ignores("templates/.swp", FILE)).toBe(true);
    expect(rules.ignores("templates/a.yaml", FILE)).toBe(false);
    expect(rules.ignores(".helmignore", FILE)).toBe(false);
  });

  it("reads the first rule that decides, skipping comments and blank lines", () => {
    const rules = parseHelmignore("# notes\n\n  *.bak  \ndocs/\n");
    expect(rules.ignores("values.yaml.bak", FILE)).toBe(true);
    expect(rules.ignores("docs", DIR)).toBe(true);
    expect(rules.ignores("docs", FILE)).toBe(false);
    expect(rules.ignores("README.md", FILE)).toBe(false);
  });

  it.each([
    ["foo/**/bar", /line 2: "foo\/\*\*\/bar": Helm does not support \*\*/],
    ["[z-", /line 2: "\[z-" is not a valid pattern/],
    ["a[]b", /line 2: "a\[\]b" is not a valid pattern/],
    ["ends\\", /line 2: "ends\\" is not a valid pattern/],
  ])("refuses %j with the line it is on", (rule, message) => {
    expect(() => parseHelmignore(`# first\n${rule}`, ".helmignore")).toThrow(message);
  });
});

describe("globToRegExp", () => {
  it.each([
    ["[a-c]x", "bx", true],
    ["[a-c]x", "dx", false],
    ["[\\]]", "]", true],
    ["[c-a]", "b", false],
    ["?", "/", false],
    ["a.b", "axb", false],
    ["(x)+", "(x)+", true],
  ])("%j matches %j: %s", (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected);
  });
});
