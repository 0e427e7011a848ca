// Values texts that Helm reads otherwise than a YAML 1.2 reader; each expectation was checked
// with Helm 3.17.3 and 4.1.4 (src/render/parity.test.ts draws such files against both).
import { describe, expect, it } from "vitest";
import { readYaml11 } from "./go-read";
import { parseYaml11 } from "./yaml11";
import { renderManifests } from "../render/index";

function problem(text: string): string {
  const read = readYaml11(text);
  return read.ok ? "(read)" : read.problem.message;
}

describe("values text as Helm reads it", () => {
  it("applies merge keys in go-yaml's order: where `<<` stands, later keys win", () => {
    expect(parseYaml11("global:\n  base: &base {kind: StatefulSet, port: 1}\nengine:\n  <<: *base\n  port: 2\n")).toMatchObject({ engine: { kind: "StatefulSet", port: 2 } });
    expect(parseYaml11("e:\n  port: 2\n  <<: {port: 1}\n")).toEqual({ e: { port: 1 } });
    expect(parseYaml11("e:\n  <<: [{a: 1}, {a: 2, b: 2}]\n")).toEqual({ e: { a: 1, b: 2 } });
    expect(problem("e:\n  <<: 1\n")).toMatch(/map merge requires map/);
    const manifests = renderManifests(parseYaml11("global:\n  base: &base {kind: StatefulSet}\nengine:\n  <<: *base\n"), { releaseName: "r", namespace: "default" });
    expect(manifests.map((m) => m.object.kind)).toContain("StatefulSet");
  });

  it("refuses __proto__ as a key at its path, and leaves prototypes alone", () => {
    expect(problem("engine:\n  labels:\n    __proto__: {polluted: yes}\n")).toMatch(/^engine\.labels\.__proto__: /);
    expect(problem("__proto__:\n  kind: StatefulSet\n")).toMatch(/^__proto__: /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses what JSON cannot carry: infinities and NaN, control characters", () => {
    expect(problem("global:\n  x: .inf\n")).toMatch(/^global\.x: \.inf is a number JSON cannot hold/);
    expect(problem("global:\n  x: [-.Inf, .NaN]\n")).toMatch(/^global\.x\[0\]: /);
    expect(problem('a: "x\\x7f"\n')).toMatch(/^a: U\+007F is a control character/);
    expect(problem("a: x\u0007\n")).toMatch(/control characters are not allowed: U\+0007/);
  });

  it("refuses a %YAML 1.2 directive, and any directive as Helm 4 does", () => {
    expect(problem("%YAML 1.2\n---\na: 1\n")).toMatch(/^found incompatible YAML document/);
    expect(problem("# values\n%YAML 1.1\n---\na: 1\n")).toMatch(/^Helm 4 cannot read a file that starts with a directive/);
  });

  it("reads double-quoted escapes as go-yaml does: no surrogate halves, \\' yes, \\/ no", () => {
    expect(problem('a: "\\ud800"\n')).toMatch(/^found invalid Unicode character escape code \\ud800/);
    expect(problem('a: "\\ud83d\\ude00"\n')).toMatch(/invalid Unicode character escape code/);
    expect(parseYaml11('a: "\\U0001F600 \\\' \\N"\n')).toEqual({ a: "😀 ' \u0085" });
    expect(problem('a: "\\/"\n')).toMatch(/unknown escape character/);
  });

  it("reads !!binary as the text of its bytes, invalid UTF-8 as U+FFFD per byte", () => {
    expect(parseYaml11("a: !!binary aGVsbG8=\nb: !!binary |\n  gOKC\n")).toEqual({ a: "hello", b: "\ufffd\ufffd\ufffd" });
    expect(problem("a: !!binary '*'\n")).toMatch(/invalid base64/);
  });

  it("splits documents as Helm 4 does, with a note on what Helm 3 reads", () => {
    const read = readYaml11("a: 1\n--- # more\nb: 2\n...\nc: 3\n---\n");
    expect(read.ok && read.values).toEqual([{ a: 1 }, { b: 2 }]);
    expect(read.ok && read.notes.join("\n")).toMatch(/Helm 4 merges them in order.*Helm 3 reads only the first/);
    expect(read.ok && read.notes.join("\n")).toMatch(/ignores the text after '\.\.\.'/);
    expect(problem("a: 1\n--- {b: 2}\n")).toMatch(/^invalid YAML document separator/);
  });

  it("reads NEL and a lone CR as line breaks, and quoted lines however they are indented", () => {
    expect(parseYaml11('e:\n  args: ["a\u0085b", "x \u0085 \u0085 y"]\n')).toEqual({ e: { args: ["a b", "x\ny"] } });
    expect(parseYaml11("e:\n  - 'it''s\nnext'\n  - \"p\r\n\n q\"\n")).toEqual({ e: ["it's next", "p\nq"] });
    expect(problem("a: x\u2028y\n")).toMatch(/^U\+2028 is a line break for Helm/);
  });

  it("turns keys into the text Helm makes of them", () => {
    expect(parseYaml11("1.5: a\n1e3: b\n1e6: c\n0x1F: d\n3.14159265358979: e\n.inf: f\nyes: g\n_1: h\n")).toEqual({
      "1.5": "a", "1000": "b", "1e+06": "c", "31": "d", "3.1415927": "e", ".inf": "f", true: "g", _1: "h",
    });
    expect(problem("1: a\n'1': b\n")).toMatch(/this key is written twice/);
    expect(problem("~: a\n")).toMatch(/a key must not be null/);
    expect(problem("18446744073709551615: a\n")).toMatch(/beyond Go's int64/);
  });

  it("keeps timestamps as their text", () => {
    expect(parseYaml11("a: 2001-12-14\nb: 2001-12-14t21:59:43.10-05:00\n")).toEqual({ a: "2001-12-14", b: "2001-12-14t21:59:43.10-05:00" });
  });
});
