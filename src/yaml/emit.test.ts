import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRICKY_STRINGS } from "../../test/arbitrary-values";
import { longText, yaml11String } from "../../test/yaml11-strings";
import { emitYaml } from "./emit";
import { foldNel } from "./line-breaks";
import { parseYaml11 } from "./yaml11";

// Strings Helm can carry: no lone surrogates (JSON turns them into U+FFFD) and none of the
// characters go-yaml's reader refuses (Helm 3 refuses such values, src/yaml/go-values.ts).
const carried = (text: string) => !/[\ud800-\udfff]/u.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, "")) && !/[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/.test(text);
const text = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS, "emoji 😀: yes", "😀", "\u2028x", "\ufeffbom", "x\r\ny", "  two\n", "a\n\n\n", "a\n  \nb", "\tlead", "end:", "k #c", "-", "- a", "---", "...x", "? q", "@x", "\u0007bell"),
  yaml11String,
  longText,
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }).filter(carried),
);
// __proto__ is a key the reader refuses (go-read.test.ts), so the trees have none.
const key = text.filter((name) => name !== "__proto__");
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
})).value;
const normalize = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v) => (Object.is(v, -0) ? 0 : typeof v === "string" ? foldNel(v) : v)));

describe("emitYaml", () => {
  it("writes data that reads back through go-yaml's rules as the same data", () => {
    fc.assert(
      fc.property(fc.dictionary(key, data, { maxKeys: 5 }), (value) => {
        expect(parseYaml11(emitYaml(value))).toEqual(normalize(value));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes the forms Helm writes: plain where safe, quoted where YAML 1.1 would misread, blocks for text", () => {
    expect(emitYaml({ a: "yes", b: "plain", c: "0755", d: "line 1\nline 2\n", e: [], f: {}, g: [{ name: "x", value: "1e3" }], h: "-exc" })).toBe(
      'a: "yes"\nb: plain\nc: "0755"\nd: |\n  line 1\n  line 2\ne: []\nf: {}\ng:\n  - name: x\n    value: "1e3"\nh: -exc\n',
    );
    expect(emitYaml(["12:30", "1:20:30.5", "12:60", "<<", "2001-12-14", "2001-13-14", "a: b", "#x", "😀", "\ufeffab", "tab\tx"])).toBe(
      '- "12:30"\n- "1:20:30.5"\n- 12:60\n- <<\n- "2001-12-14"\n- 2001-13-14\n- \'a: b\'\n- \'#x\'\n- "\\U0001F600"\n- "\\uFEFF\\x61\\x62"\n- "tab\\tx"\n',
    );
  });

  it("escapes U+2028 and U+2029, which go-yaml would write raw", () => {
    expect(emitYaml(["\u2028x", "a\u2029"])).toBe('- "\\Lx"\n- "a\\P"\n');
  });
});

/** Values text that carries the strings to Helm exactly: JSON, with what go-yaml reads as a break or refuses escaped. */
function jsonValues(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

async function echoChart(template: string): Promise<string> {
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { testTmpDir } = await import("../../test/helm");
  const chart = join(testTmpDir("emit-"), "echo");
  mkdirSync(join(chart, "templates"), { recursive: true });
  writeFileSync(join(chart, "Chart.yaml"), "apiVersion: v2\nname: echo\nversion: 0.1.0\n");
  writeFileSync(join(chart, "templates", "echo.yaml"), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: echo\ndata:\n  out: {{ ${template} | b64enc }}\n`);
  return chart;
}

describe("emitYaml, against real go-yaml (Helm 3 and 4)", () => {
  it("gives Helm back the same data for 300 random trees", async () => {
    const { helm, valuesFile } = await import("../../test/helm");
    const chart = await echoChart("toJson .Values");
    const trees = fc.sample(fc.dictionary(key, data, { maxKeys: 5 }), { numRuns: 300, seed: 7 });
    const values = Object.fromEntries(trees.map((tree, i) => [`t${i}`, tree]));
    const result = await helm(4, ["template", "echo", chart, "-f", valuesFile(emitYaml(values))]);
    expect(result.stderr).toBe("");
    const encoded = /out: (\S+)/.exec(result.stdout)?.[1] ?? "";
    expect(normalize(JSON.parse(Buffer.from(encoded, "base64").toString("utf8")))).toEqual(normalize(values));
  });

  it("folds a long value where Helm's toYaml does, after keys of every width and depth (a key outside the BMP is written escaped)", async () => {
    const { helm, valuesFile } = await import("../../test/helm");
    const chart = await echoChart("toYaml .Values.trees");
    const words = "the engine keeps its cache on the node between runs so that the next job starts warm";
    const keys = ["k", "a-longer-key-name", "\u043a\u043b\u044e\u0447", "\u{1f642}\u{1f642}\u{1f642} key", "\u{1f680}".repeat(12), "x".repeat(60)];
    // Each key alone and under another (a map in a list item, then one level deeper), each with a value that folds.
    const trees = keys.flatMap((name, index) => {
      const long = `${words} ${"word ".repeat(index)}`.trim();
      // Short words: a fold one column off breaks at another word.
      const short = "ab ".repeat(50).trim();
      return [{ [name]: long }, { [name]: short }, { outer: { [name]: `${long} ${long}` } }, { outer: { [name]: short } }];
    });
    const expected = emitYaml(trees);
    for (const major of [3, 4] as const) {
      const result = await helm(major, ["template", "echo", chart, "-f", valuesFile(jsonValues({ trees }))]);
      expect(result.stderr).toBe("");
      expect(`${Buffer.from(/out: (\S+)/.exec(result.stdout)?.[1] ?? "", "base64").toString("utf8")}\n`, `Helm ${major}`).toBe(expected);
    }
  });

  it("writes each of 1,500 strings from the YAML 1.1 grammar exactly as Helm's toYaml does", async () => {
    const { helm, valuesFile } = await import("../../test/helm");
    const chart = await echoChart("toYaml .Values.strings");
    const strings = fc.sample(fc.oneof({ weight: 5, arbitrary: yaml11String }, { weight: 1, arbitrary: longText }), { numRuns: 1500, seed: Number(process.env.PARITY_SEED ?? 11) });
    // Helm's toYaml folds NEL (Go's JSON round trip), as the core's render does.
    const expected = emitYaml(strings.map(foldNel));
    for (const major of [3, 4] as const) {
      const result = await helm(major, ["template", "echo", chart, "-f", valuesFile(jsonValues({ strings }))]);
      expect(result.stderr).toBe("");
      const helmText = `${Buffer.from(/out: (\S+)/.exec(result.stdout)?.[1] ?? "", "base64").toString("utf8")}\n`;
      const differ = expected.split("\n- ").filter((item, i) => item !== helmText.split("\n- ")[i]);
      expect(differ.slice(0, 5), `Helm ${major}`).toEqual([]);
      expect(helmText).toBe(expected);
    }
  });
});
