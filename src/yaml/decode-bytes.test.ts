// UTF-16 values files against real Helm 4, whose line reader takes a 0x0D byte out before each
// 0x0A byte: the files it refuses are refused, and the ones it reads (one byte over, after such a
// byte) render the same manifests, with a note that says where the file stops being read as written.
// The random texts of parity.test.ts found the first such file (seed 1923246825).
import { describe, expect, it } from "vitest";
import { firstDifference } from "../../test/difference";
import { helmTemplateFile, mapLimit, parseManifests } from "../../test/helm";
import { parseValuesText } from "../cli/read-values";
import { renderManifests } from "../render/index";
import { manifestsText } from "../render/manifest-text";
import { decodeValuesBytes } from "./decode-bytes";

const release = { releaseName: "r", namespace: "default" };

function utf16(text: string, endian: "little" | "big"): Uint8Array {
  const bytes = Buffer.from(`\ufeff${text}`, "utf16le");
  if (endian === "big") for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return new Uint8Array(bytes);
}

// U+0D08 (little-endian 08 0D) before a line break; U+0D0A (big-endian 0D 0A) anywhere.
const BEFORE_BREAK = "engine:\n  annotations:\n    team: platform\n    note: \u0d08\n    other: x\n";
const CASES: { name: string; bytes: Uint8Array; helm4Reads: boolean; note?: RegExp }[] = [
  { name: "little-endian", bytes: utf16("engine:\n  kind: StatefulSet\n", "little"), helm4Reads: false },
  { name: "little-endian, U+0D08 before a line break", bytes: utf16(BEFORE_BREAK, "little"), helm4Reads: true, note: /a byte taken out at line 4, byte 107 \(its line reader drops a 0x0D byte/ },
  { name: "little-endian, two such characters", bytes: utf16(`${BEFORE_BREAK}  labels:\n    x: \u0d08\n`, "little"), helm4Reads: false },
  { name: "big-endian", bytes: utf16("engine:\n  kind: StatefulSet\n", "big"), helm4Reads: true },
  { name: "big-endian, no line break at its end", bytes: utf16("engine:\n  kind: StatefulSet", "big"), helm4Reads: false },
  { name: "big-endian, U+0D0A in a value", bytes: utf16("engine:\n  annotations:\n    note: a\u0d0ab\n", "big"), helm4Reads: false },
];

function coreRender(bytes: Uint8Array) {
  const decoded = decodeValuesBytes(bytes);
  if (!decoded.ok) return { ok: false as const, message: decoded.message, note: undefined };
  return { ok: true as const, manifests: parseManifests(manifestsText(renderManifests(parseValuesText(decoded.text, "values.yaml"), release))), note: decoded.note };
}

describe("UTF-16 values files as Helm 4 reads them", () => {
  it("refuses what Helm 4 refuses and renders what it renders, the same", async () => {
    const results = await mapLimit(CASES, 3, async (item) => ({ item, core: coreRender(item.bytes), helm: await helmTemplateFile(4, item.bytes, release) }));
    for (const { item, core, helm } of results) {
      expect(helm.ok, `Helm 4 on ${item.name}: ${helm.stderr.split("\n")[0]}`).toBe(item.helm4Reads);
      expect(core.ok, `the core on ${item.name}: ${core.ok ? "" : core.message}`).toBe(item.helm4Reads);
      if (!core.ok || !helm.ok) continue;
      expect(firstDifference(parseManifests(helm.stdout), core.manifests), item.name).toBeUndefined();
      if (item.note) expect(core.note).toMatch(item.note);
      else expect(core.note).toBeUndefined();
    }
  }, 120_000);

  it("says why a file is refused, and where the byte went", () => {
    const refusal = (bytes: Uint8Array) => {
      const decoded = decodeValuesBytes(bytes);
      return decoded.ok ? "read" : decoded.message;
    };
    expect(refusal(CASES[0]!.bytes)).toBe('it is UTF-16 (little-endian), which Helm 4 cannot read ("yaml: incomplete UTF-16 character"): save it as UTF-8 (Helm 3 reads UTF-16, Helm 4 does not)');
    expect(refusal(CASES[4]!.bytes)).toBe("it is UTF-16 (big-endian) without a line break at its end, which Helm 4 cannot read: save it as UTF-8 (Helm 3 reads UTF-16, Helm 4 does not)");
    expect(refusal(CASES[5]!.bytes)).toMatch(/^it is UTF-16 \(big-endian\), which Helm 4 cannot read \("yaml: incomplete UTF-16 character"\): its line reader takes out the 0x0D byte before a 0x0A byte at line 3, byte \d+: save it as UTF-8/);
  });
});
