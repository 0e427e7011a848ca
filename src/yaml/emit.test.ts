import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRICKY_STRINGS } from "../../test/arbitrary-values";
import { emitYaml } from "./emit";
import { parseYaml11 } from "./yaml11";

const text = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS, "emoji 😀: yes", "😀", "\u2028x", "a\u0085b", "\ufeffbom", "x\r\ny", "  two\n", "a\n\n\n", "a\n  \nb", "\tlead", "end:", "k #c", "-", "- a", "---", "...x", "? q", "@x", "\u0007bell"),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(text, tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("emitYaml", () => {
  it("writes data that reads back through go-yaml's rules as the same data", () => {
    fc.assert(
      fc.property(fc.dictionary(text, data, { maxKeys: 5 }), (value) => {
        expect(parseYaml11(emitYaml(value))).toEqual(JSON.parse(JSON.stringify(value, (_, v) => (Object.is(v, -0) ? 0 : v))));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes the forms Helm writes: plain where safe, quoted where YAML 1.1 would misread, blocks for text", () => {
    expect(emitYaml({ a: "yes", b: "plain", c: "0755", d: "line 1\nline 2\n", e: [], f: {}, g: [{ name: "x", value: "1e3" }], h: "-exc" })).toBe(
      'a: "yes"\nb: plain\nc: "0755"\nd: |\n  line 1\n  line 2\ne: []\nf: {}\ng:\n  - name: x\n    value: "1e3"\nh: -exc\n',
    );
  });
});

describe("emitYaml, read by real go-yaml (Helm 4)", () => {
  it("gives Helm back the same data for 300 random trees", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { helm, testTmpDir, valuesFile } = await import("../../test/helm");
    const chart = join(testTmpDir("emit-"), "echo");
    mkdirSync(join(chart, "templates"), { recursive: true });
    writeFileSync(join(chart, "Chart.yaml"), "apiVersion: v2\nname: echo\nversion: 0.1.0\n");
    writeFileSync(join(chart, "templates", "echo.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: echo\ndata:\n  json: {{ toJson .Values | b64enc }}\n");
    const trees = fc.sample(fc.dictionary(text, data, { maxKeys: 5 }), { numRuns: 300, seed: 7 });
    const values = Object.fromEntries(trees.map((tree, i) => [`t${i}`, tree]));
    const result = await helm(4, ["template", "echo", chart, "-f", valuesFile(emitYaml(values))]);
    expect(result.stderr).toBe("");
    const encoded = /json: (\S+)/.exec(result.stdout)?.[1] ?? "";
    const normalize = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v) => (Object.is(v, -0) ? 0 : v)));
    expect(normalize(JSON.parse(Buffer.from(encoded, "base64").toString("utf8")))).toEqual(normalize(values));
  });
});
