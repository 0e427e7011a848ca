import fc from "fast-check";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { minimalValues, validateValues } from "../index";
import type { Table } from "../values/tree";
import { PRESETS } from "../wizard/presets";
import { initialState, valuesFrom, type WizardState } from "../wizard/state";
import { craftedLink } from "../../test/crafted-link";
import { MAXIMAL_VALUES } from "../../test/every-key-values";
import { decodeShareLink, encodeShareLink, isShareHash, MAX_SHARE_LINK_CHARS, SHARE_PREFIX, shareLink } from "./share-link";

const stateOf = (values: Table, release = { name: "dagger", namespace: "dagger" }): WizardState => ({ release, values: valuesFrom(values) });

describe("share link", () => {
  it("round-trips the defaults, every preset and a maximal configuration exactly", () => {
    const states = [
      initialState(),
      ...PRESETS.map((preset) => stateOf(preset.values, { name: "ci-runner", namespace: "builds" })),
      stateOf(MAXIMAL_VALUES, { name: "team-a", namespace: "ci-system" }),
    ];
    for (const state of states) {
      const decoded = decodeShareLink(`#${encodeShareLink(state)}`);
      expect(decoded).toEqual({ ok: true, state });
    }
  });

  it("restores values the chart refuses, so the form can show where they are wrong", () => {
    const state = stateOf({ engine: { port: 70000 } });
    expect(validateValues(state.values).problems.map((problem) => problem.path)).toEqual(["engine.port"]);
    expect(decodeShareLink(encodeShareLink(state))).toEqual({ ok: true, state });
  });

  it("restores a removed default (a key set to null)", () => {
    const state = stateOf({ engine: { readinessProbe: null } });
    expect(state.values.engine.readinessProbe).toBeNull();
    expect(validateValues(state.values).values.engine.readinessProbe).toBeUndefined();
    expect(decodeShareLink(encodeShareLink(state))).toEqual({ ok: true, state });
  });

  it("carries nothing but the release for the defaults", () => {
    const link = encodeShareLink(initialState());
    expect(JSON.parse(LZString.decompressFromEncodedURIComponent(link.slice(SHARE_PREFIX.length)))).toEqual({ n: "dagger", s: "dagger", v: {} });
  });

  it("never carries the magicache token", () => {
    const token = "dag_secret_token_0123456789";
    const state = stateOf({ magicache: { enabled: true, token } });
    const link = encodeShareLink(state);
    expect(link).not.toContain(token);
    expect(LZString.decompressFromEncodedURIComponent(link.slice(SHARE_PREFIX.length))).not.toContain(token);
    const decoded = decodeShareLink(link);
    expect(decoded.ok && decoded.state.values.magicache).toEqual({ ...state.values.magicache, token: "" });
  });

  it("drops a token that someone wrote into a link by hand", () => {
    const link = SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify({ n: "a", s: "b", v: { magicache: { token: "smuggled" } } }));
    const decoded = decodeShareLink(link);
    expect(decoded.ok && decoded.state.values.magicache.token).toBe("");
  });

  it("keeps a maximal configuration's link within 2,000 characters", () => {
    const link = encodeShareLink(stateOf(MAXIMAL_VALUES, { name: "team-a", namespace: "ci-system" }));
    // The check that MAXIMAL_VALUES really is what it claims: valid, and non-default everywhere.
    expect(validateValues(valuesFrom(MAXIMAL_VALUES)).problems).toEqual([]);
    expect(Object.keys(minimalValues(valuesFrom(MAXIMAL_VALUES) as unknown as Table)).length).toBeGreaterThanOrEqual(10);
    const url = `https://example.github.io/dagger-helm/#${link}`;
    console.info(`share link of MAXIMAL_VALUES: ${url.length} characters`);
    expect(url.length).toBeLessThanOrEqual(2000);
  });

  it.each([
    ["", "does not start with #v1="],
    ["#", "does not start with #v1="],
    ["#settings", "does not start with #v1="],
    ["#v2=N4Ig", "another version of the wizard (format v2"],
    ["#v1=", "empty after #v1="],
    ["#v1=abc def", "characters a share link never has"],
    ["#v1=%%%", "characters a share link never has"],
    ["#v1=N4Ig", "cut short"],
    [`#v1=${LZString.compressToEncodedURIComponent("[1,2,3]")}`, "wrong shape"],
    [`#v1=${LZString.compressToEncodedURIComponent('{"n":"a","s":"b"}')}`, 'wrong shape at "v"'],
    [`#v1=${LZString.compressToEncodedURIComponent('{"n":"a","s":"b","v":{},"x":1}')}`, "wrong shape"],
    [`#v1=${LZString.compressToEncodedURIComponent('{"n":"a","s":"b","v":{"engine":{"env":"PATH"}}}')}`, "engine.env:"],
    [`#v1=${LZString.compressToEncodedURIComponent('{"n":"a","s":"b","v":{"engnie":{}}}')}`, 'unknown key "engnie"'],
    [`#v1=${LZString.compressToEncodedURIComponent('{"n":"a","s":"b","v":{"~zz":{}}}')}`, 'key code that this wizard does not know: "~zz"'],
  ])("explains what is wrong with %j", (hash, expected) => {
    const decoded = decodeShareLink(hash);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toContain(expected);
  });

  it.each([
    [3_500, "would unpack to more than 1 MB"],
    [21_000, "would unpack to more than 1 MB"],
    [65_000, "no link this wizard makes is longer than 32,000"],
  ])("refuses a crafted link of %i characters at once, saying why", (length, expected) => {
    // lz-string alone turns these into 2 MB, 50 MB and 392 M characters.
    const hash = `#${SHARE_PREFIX}${craftedLink(length)}`;
    const started = performance.now();
    const decoded = decodeShareLink(hash);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(decoded).toEqual({ ok: false, message: expect.stringContaining(expected) });
  });

  it("allows links far longer than the maximal configuration's, and makes none it would not open", () => {
    const maximal = encodeShareLink(stateOf(MAXIMAL_VALUES, { name: "team-a", namespace: "ci-system" }));
    expect(MAX_SHARE_LINK_CHARS).toBeGreaterThanOrEqual(10 * maximal.length);
    // Long free text (engine.config) makes long links: up to the limit they open, past it none is made.
    const configOf = (lines: number) => Array.from({ length: lines }, (_, index) => `key_${index} = "${(index * 7919).toString(36)}"`).join("\n");
    const long = shareLink(stateOf({ engine: { config: configOf(1500) } }));
    expect(long.ok && long.hash.length).toBeGreaterThan(10_000);
    expect(long.ok && decodeShareLink(long.hash).ok).toBe(true);
    expect(shareLink(stateOf({ engine: { config: configOf(6000) } }))).toEqual({ ok: false, reason: expect.stringContaining("more than the 32,000 a link may have") });
    expect(shareLink(stateOf({ engine: { config: "a".repeat(1_100_000) } }))).toEqual({ ok: false, reason: expect.stringContaining("more than 1 MB") });
  });

  it("makes no link with a release name that no link would open with", () => {
    expect(shareLink(stateOf({}, { name: "a".repeat(1001), namespace: "b" }))).toEqual({ ok: false, reason: expect.stringContaining("release name is longer than 1,000") });
  });

  it("recognises share links of any version in a location hash", () => {
    expect(isShareHash("#v1=abc")).toBe(true);
    expect(isShareHash("#v7=")).toBe(true);
    expect(isShareHash("#top")).toBe(false);
  });
});

describe("share link decoding never throws (fuzz)", () => {
  const valid = [
    encodeShareLink(initialState()),
    ...PRESETS.map((preset) => encodeShareLink(stateOf(preset.values))),
    encodeShareLink(stateOf(MAXIMAL_VALUES)),
  ];
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$#=%&?/ \u00e9\u{1F600}";

  const decodes = (hash: string) => {
    const result = decodeShareLink(hash);
    // Whatever the input, the answer is one of the two documented shapes.
    if (result.ok) expect(validateValues(result.state.values).values).toBeDefined();
    else expect(result.message).toMatch(/^This share link is broken: .+\.$/s);
    return true;
  };

  it("on 4,000 random strings", () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 100 }), fc.string().map((s) => `#v1=${s}`)), decodes), { numRuns: 4000 });
  });

  it("on 4,000 valid links truncated, spliced or with characters changed", () => {
    const mutated = fc
      .tuple(fc.constantFrom(...valid), fc.nat(), fc.nat(), fc.constantFrom(...alphabet), fc.integer({ min: 0, max: 3 }))
      .map(([link, a, b, char, kind]) => {
        const i = a % (link.length + 1);
        const j = b % (link.length + 1);
        if (kind === 0) return link.slice(0, i);
        if (kind === 1) return link.slice(0, i) + char + link.slice(i + 1);
        if (kind === 2) return link.slice(0, i) + char + link.slice(i);
        return link.slice(0, Math.min(i, j)) + link.slice(Math.max(i, j));
      });
    fc.assert(fc.property(mutated, decodes), { numRuns: 4000 });
  });

  it("on 2,000 well-compressed payloads of random JSON, some nested deeply", () => {
    const payload = fc.oneof(
      { arbitrary: fc.jsonValue(), weight: 10 },
      { arbitrary: fc.record({ n: fc.string(), s: fc.string(), v: fc.dictionary(fc.constantFrom("engine", "magicache", "labels", "service", "~8", "~zz", "x"), fc.jsonValue()) }), weight: 10 },
      // Deep enough to overflow a recursive walk; kept rare because each is slow to compress.
      {
        arbitrary: fc.integer({ min: 1, max: 120 }).map((hundreds) => `{"n":"a","s":"b","v":${'{"engine":'.repeat(hundreds * 100)}{}${"}".repeat(hundreds * 100)}}`),
        weight: 1,
      },
    );
    const links = payload.map((data) => SHARE_PREFIX + LZString.compressToEncodedURIComponent(typeof data === "string" ? data : JSON.stringify(data)));
    fc.assert(fc.property(links, decodes), { numRuns: 2000 });
  });
});
