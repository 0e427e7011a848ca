// The magicache token is a value: wherever anchors, aliases and merge keys put it, it reaches
// neither a share link nor the browser's storage. Random documents hide it in every way YAML
// allows, and the link's data and the saved text are searched for it.
import fc from "fast-check";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { SHARE_PREFIX } from "../share/share-link";
import { parseYaml11 } from "../yaml/yaml11";
import { saveState, type StateStorage } from "./saved-state";
import { base64 } from "../render/magicache-secret";
import { manifestSecrets, maskedManifestsText, maskedValues, withoutSecrets } from "./secret-values";
import { secretOf } from "./secrets";
import { shareLinkFor } from "./share-state";
import { textWithoutSecrets } from "./secret-text";
import { readValuesText } from "./values-state";
import { wizardReading } from "./wizard-reading";

const RELEASE = { name: "ci", namespace: "builds" };

/**
 * Where the token is defined: top-level keys and what follows their colon. TOKEN is the token,
 * `&t` its anchor where it has one (aliases of it may then stand anywhere after).
 */
const HOMES = [
  { anchored: true, sections: [["magicache", "\n  enabled: true\n  token: &t TOKEN"]] },
  { anchored: true, sections: [["global", "\n  daggerCloud:\n    token: &t TOKEN"], ["magicache", "\n  enabled: true\n  token: *t"]] },
  { anchored: true, sections: [["shared", " &m\n  enabled: true\n  token: &t TOKEN"], ["magicache", " *m"]] },
  { anchored: false, sections: [["shared", " &m\n  enabled: true\n  token: TOKEN"], ["magicache", " *m"]] },
  { anchored: true, sections: [["base", " &b\n  token: &t TOKEN"], ["magicache", "\n  <<: *b\n  enabled: true"]] },
  { anchored: false, sections: [["base", " &b\n  token: 'TOKEN'"], ["magicache", "\n  <<: [*b]\n  url: https://cache.example.com"]] },
] as const;

/** Other places the token may stand: as an alias of its anchor, written out again, or quoted. */
const PLACES = ["labels", "global", "args", "env", "annotationKey", "unknown"] as const;
const FORMS = ["alias", "plain", "quoted"] as const;

type TExtra = { place: (typeof PLACES)[number]; form: (typeof FORMS)[number] };

const arbitraryToken = fc.stringMatching(/^[A-Za-z0-9_-]{10,40}$/).map((rest) => `dag_${rest}`);

const arbitraryDocument = fc
  .record({
    token: arbitraryToken,
    home: fc.constantFrom(...HOMES),
    extras: fc.array(fc.record({ place: fc.constantFrom(...PLACES), form: fc.constantFrom(...FORMS) }), { maxLength: 6 }),
    // Never m or b, the anchors of the maps above.
    anchor: fc.stringMatching(/^[a-z]{1,4}$/).map((name) => `k${name}`),
  })
  .map(({ token, home, extras, anchor }) => ({ token, text: documentText(token, home, extras, anchor) }));

function documentText(token: string, home: (typeof HOMES)[number], extras: TExtra[], anchor: string): string {
  const sections = new Map<string, string>(home.sections.map(([key, body]) => [key, body]));
  const add = (key: string, body: string) => sections.set(key, (sections.get(key) ?? "") + body);
  const engine = { args: "", env: "", annotations: "" };
  // The token as a key twice would be a duplicate key, which YAML refuses.
  const keyAt = extras.findIndex((extra) => extra.place === "annotationKey");
  extras.forEach(({ place, form }, index) => {
    if (place === "annotationKey" && index !== keyAt) return;
    const value = form === "alias" && home.anchored ? "*t" : form === "quoted" ? `"TOKEN"` : "TOKEN";
    if (place === "labels") add("labels", `\n  label${index}: ${value}`);
    if (place === "global") add("global", `\n  copy${index}: ${value}`);
    if (place === "args") engine.args += `\n    - ${value}`;
    if (place === "env") engine.env += `\n    - name: CACHE_${index}\n      value: ${value}`;
    // An alias as a key needs a space before the colon.
    if (place === "annotationKey") engine.annotations += `\n    ${value} : "a${index}"`;
    if (place === "unknown") add(`extra${index}`, ` ${value}`);
  });
  if (engine.args) add("engine", `\n  args:${engine.args}`);
  if (engine.env) add("engine", `\n  env:${engine.env}`);
  if (engine.annotations) add("engine", `\n  annotations:${engine.annotations}`);
  const text = [...sections].map(([key, body]) => `${key}:${body}\n`).join("");
  // A random anchor name, so that nothing can lean on one.
  return text.replaceAll("&t ", `&${anchor} `).replaceAll("*t", `*${anchor}`).replaceAll("TOKEN", token);
}

function memoryStorage(): StateStorage & { dump: () => string } {
  const data = new Map<string, string>();
  return {
    dump: () => [...data.values()].join("\n"),
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe("the magicache token, hidden behind aliases, merges and other keys", () => {
  it("is what Helm reads as magicache.token in every generated document", () => {
    fc.assert(
      fc.property(arbitraryDocument, ({ token, text }) => {
        expect(secretOf(parseYaml11(text))).toBe(token);
      }),
      { numRuns: 300 },
    );
  });

  it("never reaches the saved text: taken out wherever it stands as a value", () => {
    fc.assert(
      fc.property(arbitraryDocument, ({ token, text }) => {
        const saved = textWithoutSecrets(text);
        // Every such document can be kept without the token; nothing else of it is lost.
        if (!saved.ok) throw new Error(`refused: ${saved.reason}\n${text}`);
        expect(saved.text).not.toContain(token);
        const reading = readValuesText(saved.text);
        expect(reading.ok).toBe(true);
        const storage = memoryStorage();
        expect(saveState(storage, { release: RELEASE, valuesText: text }).saved).toBe(true);
        expect(storage.dump()).not.toContain(token);
      }),
      { numRuns: 300 },
    );
  });

  it("never reaches a share link or the data inside it", () => {
    fc.assert(
      fc.property(arbitraryDocument, ({ token, text }) => {
        const reading = readValuesText(text);
        if (!reading.ok) throw new Error(reading.message);
        const link = shareLinkFor(RELEASE, reading.snapshot.userValues);
        if (!link.ok) throw new Error(link.reason);
        expect(link.hash).not.toContain(token);
        expect(LZString.decompressFromEncodedURIComponent(link.hash.slice(SHARE_PREFIX.length))).not.toContain(token);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the rest of the document, anchors and all", () => {
    const text = "base: &b\n  token: &t dag_0123456789abcdef\n  url: https://cache.example.com\nmagicache:\n  <<: *b\n  enabled: true\nlabels:\n  team: a\n  copy: *t\n";
    expect(textWithoutSecrets(text)).toEqual({ ok: true, text: "base: &b\n  url: https://cache.example.com\nmagicache:\n  <<: *b\n  enabled: true\nlabels:\n  team: a\n" });
    expect(withoutSecrets({ magicache: { token: "dag_0123456789" }, labels: { a: "dag_0123456789", b: "c" }, engine: { args: ["dag_0123456789", "x"] } })).toEqual({
      magicache: { token: "" },
      labels: { b: "c" },
      engine: { args: ["x"] },
    });
  });
});

describe("a token inside other text", () => {
  const token = "dag_0123456789abcdef";
  it.each([
    ["a comment", `magicache:\n  enabled: true\n  token: ${token}\n# the token is ${token}\n`, "line 4"],
    ["a longer value", `magicache:\n  token: &t ${token}\nengine:\n  config: |\n    token = "${token}"\n`, "line 5"],
  ])("in %s is refused, saying where, and the last saved state stays", (_, text, where) => {
    const saved = textWithoutSecrets(text);
    expect(saved.ok).toBe(false);
    const reason = saved.ok ? "" : saved.reason;
    expect(reason).toContain(where);
    expect(reason).not.toContain(token);
    const storage = memoryStorage();
    saveState(storage, { release: RELEASE, valuesText: "engine:\n  kind: StatefulSet\n" });
    expect(saveState(storage, { release: RELEASE, valuesText: text })).toMatchObject({ saved: false });
    expect(storage.dump()).toContain("StatefulSet");
    expect(storage.dump()).not.toContain(token);
  });

  it("in a value refuses the share link, saying why", () => {
    const reading = readValuesText(`magicache:\n  token: ${token}\nengine:\n  args: ["--token=${token}"]\n`);
    if (!reading.ok) throw new Error(reading.message);
    const link = shareLinkFor(RELEASE, reading.snapshot.userValues);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.reason).toContain("inside another value");
    expect(!link.ok && link.reason).not.toContain(token);
  });
});

describe("the values as a masked view shows them", () => {
  it("dots out the token as a value, a key and inside other text", () => {
    const token = "dag_0123456789";
    expect(maskedValues({ magicache: { token }, labels: { [token]: "x", b: `Bearer ${token}` }, n: 1 }, token)).toEqual({
      magicache: { token: "\u2022".repeat(token.length) },
      labels: { ["\u2022".repeat(token.length)]: "x", b: `Bearer ${"\u2022".repeat(token.length)}` },
      n: 1,
    });
  });
});

describe("the manifests as a masked view shows them", () => {
  const release = { name: "dagger", namespace: "dagger" };
  const dots = (token: string) => "\u2022".repeat(Math.max(token.length, 8));

  it("dots out the Secret's base64 of the token, and the token wherever the values put it", () => {
    const token = "dag_tok_0f9e8d7c-never-shown";
    const valuesText = `magicache:\n  enabled: true\n  token: ${token}\nengine:\n  env:\n    - name: CACHE_TOKEN\n      value: ${token}\n`;
    const read = wizardReading({ release, valuesText, changes: true });
    const shown = read.manifests?.ok ? read.manifests.manifestsText : "";
    expect(shown).toContain(`_EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN: ${dots(token)}`);
    expect(shown).not.toContain(base64(token));
    expect(shown).not.toContain(token);

    const asked = wizardReading({ release, valuesText, changes: true, showToken: true });
    const plain = asked.manifests?.ok ? asked.manifests.manifestsText : "";
    expect(plain).toContain(base64(token));
    expect(plain).toContain(`value: ${token}`);
  });

  it("leaves a short token's letters inside names and labels alone", () => {
    const token = "dag";
    const text = `metadata:\n  name: dagger-engine\n  labels:\n    app: dag\ndata:\n  TOKEN: ${base64(token)}\n  OTHER: x${base64(token)}\n`;
    expect(maskedManifestsText(text, token)).toBe(`metadata:\n  name: dagger-engine\n  labels:\n    app: ${dots(token)}\ndata:\n  TOKEN: ${dots(token)}\n  OTHER: x${base64(token)}\n`);
  });

  it("finds the tokens a manifest carries without its values: Secret data, stringData, a literal env value", () => {
    const KEY = "_EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN";
    const container = (env: unknown[]) => ({ kind: "DaemonSet", spec: { template: { spec: { containers: [{ name: "engine", env }] } } } });
    const objects = [
      { kind: "Secret", data: { [KEY]: base64("from-data-é") } },
      { kind: "Secret", stringData: { [KEY]: "from-string-data" } },
      container([{ name: KEY, value: "from-env" }, { name: KEY, valueFrom: { secretKeyRef: { name: "s", key: KEY } } }, { name: "OTHER", value: "not-a-token" }]),
      // Not base64, or not a token's key: nothing to find.
      { kind: "Secret", data: { [KEY]: "%%%", OTHER: base64("other") } },
      { kind: "ConfigMap", data: { [KEY]: "a ConfigMap is not read" } },
    ];
    expect(manifestSecrets(objects).sort()).toEqual(["from-data-é", "from-env", "from-string-data"]);
  });
});
