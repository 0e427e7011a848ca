// value-paths.ts spells every values path the schema has, and nothing else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaFacts } from "../values/schema-facts";
import { valuePathSpellings } from "./value-paths-module";

const root = join(import.meta.dirname, "..", "..");

describe("the generated value paths", () => {
  const spellings = valuePathSpellings();

  it("has the schema's keys, list entries as [${number}] and free keys as .${string}", () => {
    for (const path of [
      "enabled",
      "engine.kind",
      "engine.image.ref",
      "engine.image.tag",
      "engine.env[${number}]",
      "engine.env[${number}].name",
      "engine.statefulSet.persistentVolumeClaim.resources.requests.storage",
      "additionalResources.role.rules[${number}].verbs[${number}]",
      "engine.labels.${string}",
      "engine.volumes[${number}].${string}",
      "magicache.token",
    ]) {
      expect(spellings, path).toContain(path);
    }
    for (const path of ["engine.imgae.tag", "engine.env.name", "engine.image.${string}", "engine.${string}", "engine.annotations[${number}]"]) {
      expect(spellings, path).not.toContain(path);
    }
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it("has every described key (both files come from one walk of the schema)", () => {
    const indexless = new Set(spellings.map((spelling) => spelling.replaceAll("[${number}]", "")));
    for (const key of Object.keys(schemaFacts().descriptions)) expect(indexless.has(key), key).toBe(true);
  });

  it("writes each spelling into the ValuePath union of the committed file", () => {
    const text = readFileSync(join(root, "src/values/value-paths.ts"), "utf8");
    const union = text.slice(text.indexOf("export type ValuePath ="), text.indexOf(";", text.indexOf("export type ValuePath =")));
    const members = [...union.matchAll(/^ {2}\| (?:"([^"]+)"|`([^`]+)`)$/gm)].map((match) => match[1] ?? match[2]);
    expect(members).toEqual(spellings);
  });
});
