import { describe, expect, it } from "vitest";
import { maskedText, secretRanges, textWithoutSecrets } from "./secret-text";

describe("the text without secrets", () => {
  it("takes the magicache token out of the text, and nothing else", () => {
    const text = "# cache\nmagicache:\n  enabled: true # yes\n  token: dag_secret\n";
    expect(textWithoutSecrets(text)).toEqual({ ok: true, text: "# cache\nmagicache:\n  enabled: true # yes\n" });
    expect(textWithoutSecrets("magicache:\n  token: ''\n")).toEqual({ ok: true, text: "magicache:\n  token: ''\n" });
    // A broken text is kept as typed, unless a line could hold the token.
    expect(textWithoutSecrets("engine: [\n")).toEqual({ ok: true, text: "engine: [\n" });
    expect(textWithoutSecrets("magicache:\n  token: dag_secret\n  x: [\n")).toMatchObject({ ok: false, reason: expect.stringContaining("may be in it") });
  });

  it("takes out an anchored token and its aliases instead of failing on them", () => {
    // Removing only the key magicache.token left `*t` without its anchor: "Unresolved alias".
    const text = "magicache:\n  enabled: true\n  token: &t dag_0123456789\nglobal:\n  daggerCloud:\n    token: *t\n  other: kept\n";
    expect(textWithoutSecrets(text)).toEqual({ ok: true, text: "magicache:\n  enabled: true\nglobal:\n  daggerCloud: {}\n  other: kept\n" });
  });

  it("takes out a token that is a key, a list item or an alias of either", () => {
    const text = "magicache:\n  token: &t dag_0123456789\nengine:\n  args: [--debug, *t, dag_0123456789]\n  annotations:\n    *t : x\n    keep: z\n";
    expect(textWithoutSecrets(text)).toEqual({ ok: true, text: "magicache: {}\nengine:\n  args: [ --debug ]\n  annotations:\n    keep: z\n" });
  });

  it("refuses, without the token in its reason, when an anchor inside a removed entry is used elsewhere", () => {
    const text = "magicache:\n  token: dag_0123456789\nlabels:\n  dag_0123456789: &m inner\n  copy: *m\n";
    const result = textWithoutSecrets(text);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("anchor") });
    expect(JSON.stringify(result)).not.toContain("dag_0123456789");
  });
});

describe("where a view masks the token", () => {
  const token = "dag_0123456789";
  it("finds it as a value, a quoted value, a key and inside a comment, never the alias", () => {
    const text = `magicache:\n  token: &t ${token}\nlabels:\n  a: *t\n  b: "${token}"\n  ${token}: x\n# was ${token}\n`;
    const ranges = secretRanges(text, token);
    expect(ranges.map(([start, end]) => text.slice(start, end).replaceAll('"', ""))).toEqual(expect.arrayContaining([token]));
    const masked = maskedText(text, ranges);
    expect(masked).not.toContain(token);
    expect(masked).toContain("a: *t\n");
    expect(masked.length).toBe(text.length);
  });

  it("masks a short token only where it is a whole value", () => {
    const text = "magicache:\n  token: dag\nengine:\n  image:\n    ref: registry.dagger.io/engine\n";
    expect(maskedText(text, secretRanges(text, "dag"))).toBe(text.replace("token: dag", "token: \u2022\u2022\u2022"));
  });
});
