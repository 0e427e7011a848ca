// Values files as text (and bytes), for what a generator of values objects never writes: merge
// keys, __proto__, infinities, directives, surrogate escapes, !!binary, several documents, raw
// NEL, UTF-16 and UTF-8 byte order marks, CRLF, an empty namespace. Each is a twist on a random
// values file; Helm 3 and Helm 4 read some of them differently, and the core follows Helm 4.
import fc from "fast-check";
import { validateValues } from "../src/render/validate";
import { toYaml11 } from "../src/yaml/yaml11";
import { arbitraryRelease, arbitraryValues } from "./arbitrary-values";

export interface ValuesText {
  twist: string;
  content: string | Uint8Array;
  release: { releaseName: string; namespace: string };
  /** Helm 3 reads this file otherwise than Helm 4 (the core follows Helm 4). */
  helm3Differs: boolean;
}

type Values = Record<string, unknown>;
const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);
const block = (key: string, value: Values, extra = "") =>
  Object.keys(value).length || extra ? `${key}:\n${extra}${Object.keys(value).length ? indent(toYaml11(value), "  ") : ""}` : "";
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const without = (map: Values, ...keys: string[]) => Object.fromEntries(Object.entries(map).filter(([key]) => !keys.includes(key)));

/** A values file with the engine block written by hand, so that lines can go into it. */
function withEngine(values: Values, engine: Values, engineExtra: string, head = ""): string {
  const { engine: _, ...rest } = values;
  return `${head}${Object.keys(rest).length ? toYaml11(rest) : ""}${block("engine", engine, engineExtra)}`;
}

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  if (endian === "le") return le;
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
}

const TWISTS = [
  "none", "merge-first", "merge-last", "merge-list", "proto", "infinity", "yaml-1.2", "yaml-1.1", "surrogate", "binary", "documents", "documents-same",
  "nel", "utf16-le", "utf16-be", "utf8-bom", "crlf", "empty-namespace", "timestamp", "float-key",
] as const;

function twisted(twist: (typeof TWISTS)[number], values: Values, release: ValuesText["release"], pick: number): ValuesText {
  const engine = { ...((values.engine as Values | undefined) ?? {}) };
  const global = { ...((values.global as Values | undefined) ?? {}) };
  const keys = Object.keys(engine);
  const moved = Object.fromEntries(keys.filter((_, i) => (i + pick) % 2 === 0).map((key) => [key, engine[key]]));
  const kept = Object.fromEntries(keys.filter((_, i) => (i + pick) % 2 === 1).map((key) => [key, engine[key]]));
  const anchored = { ...values, global: { ...global, base: moved } };
  const anchor = (text: string) => text.replace(/^global:\n((?: {2}.*\n)*?) {2}base:( \{\})?\n/m, (_, before: string, empty?: string) => `global:\n${before}  base: &base${empty ?? ""}\n`);
  const text = toYaml11(values);
  const result = (content: string | Uint8Array, helm3Differs = false): ValuesText => ({ twist, content, release, helm3Differs });
  switch (twist) {
    case "none":
      return result(text);
    case "merge-first":
      return result(anchor(withEngine(anchored, kept, "  <<: *base\n")));
    case "merge-last":
      // go-yaml sets the merged keys where `<<` stands: they win over the keys before it.
      return result(`${anchor(withEngine(anchored, kept, ""))}${Object.keys(kept).length ? "" : "engine:\n"}  <<: *base\n`);
    case "merge-list":
      return result(anchor(withEngine(anchored, kept, "  <<: [*base, {kind: StatefulSet}]\n")));
    case "proto":
      return result(pick % 2 ? `${text}__proto__:\n  kind: StatefulSet\n` : withEngine(values, engine, "  __proto__:\n    kind: StatefulSet\n"));
    case "infinity":
      return result(`${toYaml11({ ...values, global: {} }).replace(/^global: \{\}\n/m, "")}global:\n  x: ${[".inf", "-.Inf", ".NaN"][pick % 3]}\n`);
    case "yaml-1.2":
      return result(`%YAML 1.2\n---\n${text}`);
    case "yaml-1.1":
      return result(`%YAML 1.1\n---\n${text}`, true);
    case "surrogate":
      return result(`${text.replace(/^global:.*\n(?: {2}.*\n)*/m, "")}global:\n  s: "${["\\ud800", "\\udc00x", "\\ud83d\\ude00"][pick % 3]}"\n`);
    case "binary": {
      const args = ["--debug", "ünï", "yes", "\u0085x"].slice(0, 1 + (pick % 4));
      return result(withEngine(values, without(engine, "args"), `  args:\n${args.map((arg) => `    - !!binary ${base64(arg)}\n`).join("")}`));
    }
    case "documents": {
      const { engine: first, ...second } = values;
      return result(`${toYaml11({ engine: first ?? {} })}---\n${toYaml11(second)}`, Object.keys(second).length > 0);
    }
    case "documents-same":
      return result(`${text}--- # the same again\n${text}---\n# nothing here\n`);
    case "nel": {
      const lines = [`    - "a\u0085b"\n`, `    - "x \u0085 \u0085 y"\n`, `    - plain\u0085       text\n`];
      return result(withEngine(values, without(engine, "args", "annotations"), `  args:\n${lines.join("")}  annotations:\n    note: "one\u0085two"\n`));
    }
    case "utf16-le":
      return result(utf16(text, "le"), true);
    case "utf16-be":
      return result(utf16(text, "be"));
    case "utf8-bom":
      return result(`\ufeff${text}`);
    case "crlf":
      return result(text.replace(/\n/g, "\r\n"));
    case "empty-namespace":
      return { ...result(text), release: { ...release, namespace: "" } };
    case "timestamp":
      return result(withEngine(values, without(engine, "annotations"), "  annotations:\n    built: 2001-12-14\n    at: 2001-12-14t21:59:43.10-05:00\n    not-a-date: 2001-13-14\n"));
    case "float-key":
      return result(withEngine(values, without(engine, "annotations"), "  annotations:\n    1.5: a\n    1e3: b\n    0x1F: c\n    1.10: d\n"));
  }
}

/** A values text with one twist on values the chart accepts, and the release it is rendered for. */
export const arbitraryValuesText = fc
  .record({ values: arbitraryValues.filter((values) => !validateValues(values).problems.length), release: arbitraryRelease, twist: fc.constantFrom(...TWISTS), pick: fc.nat(11) })
  .map(({ values, release, twist, pick }) => twisted(twist, values as Values, release, pick));
