// Every values path written as a literal in the steps is one the schema has, read from the
// generated ValuePath union (src/values/value-paths.ts, `npm run gen`). The compiler checks the
// paths it can see; this also reads paths that reach a field through code it cannot follow.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

/** The members of the generated ValuePath union, each as a pattern: [${number}] an index, .${string} any key. */
function valuePathPatterns(): RegExp[] {
  const text = readFileSync(join(root, "src/values/value-paths.ts"), "utf8");
  const start = text.indexOf("export type ValuePath =");
  const union = text.slice(start, text.indexOf(";", start));
  return [...union.matchAll(/^ {2}\| (?:"([^"]+)"|`([^`]+)`)$/gm)].map((match) => {
    const escaped = (match[1] ?? match[2] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`^${escaped.replaceAll("\\$\\{number\\}", "\\d+").replaceAll("\\$\\{string\\}", ".+")}$`);
  });
}

/** The fields that edit no values key (field-path.ts, TFieldPath). */
const FORM_ONLY = new Set(["release.name", "release.namespace", "magicache.source"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// A path given to a field, to the value hooks or as a summary row's target: path="…", path: "…"
// (a key path: an HTTP probe's path: "/" is not one), path={`engine.env[${index}].name`} (an index
// placeholder only), useValue<…>("…"), fieldId("…"), fieldHelp("…"), useFieldError("…").
const LITERALS = [
  /\bpath="([^"]+)"/g,
  /\bpath: "([A-Za-z][^"]*)"/g,
  /\bpath=\{`((?:[^`$]|\$\{\w+\}(?=\]))+)`\}/g,
  /\b(?:useValue|fieldId|fieldHelp|useFieldError)\b[^(\n]*\("([^"]+)"/g,
];

function pathLiterals(text: string): string[] {
  return LITERALS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => (match[1] ?? "").replace(/\$\{\w+\}/g, "0")));
}

describe("the steps' values paths", () => {
  const patterns = valuePathPatterns();
  const known = (path: string) => patterns.some((pattern) => pattern.test(path));

  it("reads the union's members as patterns that refuse a wrong path", () => {
    expect(patterns.length).toBeGreaterThan(200);
    for (const path of ["engine.image.tag", "engine.env[3].name", "engine.labels.team", "engine.volumes[0].emptyDir"]) expect(known(path), path).toBe(true);
    for (const path of ["engine.imgae.tag", "engine.env[x].name", "engine.env.name", "engine.image.anything", "engine."]) expect(known(path), path).toBe(false);
  });

  it("finds path literals in the steps' sources", () => {
    expect(pathLiterals('<TextField path="engine.image.ref" />')).toEqual(["engine.image.ref"]);
    expect(pathLiterals("<TextField path={`engine.env[${index}].name`} />")).toEqual(["engine.env[0].name"]);
    expect(pathLiterals("<TextField path={`${base}.key`} />")).toEqual([]);
    expect(pathLiterals('useValue<Record<string, unknown> | undefined>("engine.lifecycle")')).toEqual(["engine.lifecycle"]);
    expect(pathLiterals('{ label: "Tolerations", path: "engine.tolerations" }')).toEqual(["engine.tolerations"]);
    expect(pathLiterals('httpGet: { path: "/", port: 8080 }')).toEqual([]);
  });

  it("has only paths the schema has", () => {
    const unknown: string[] = [];
    let count = 0;
    for (const file of sourceFiles(join(root, "app/steps"))) {
      for (const path of pathLiterals(readFileSync(file, "utf8"))) {
        count++;
        if (!FORM_ONLY.has(path) && !known(path)) unknown.push(`${file.slice(root.length + 1)}: ${path}`);
      }
    }
    expect(count).toBeGreaterThan(60);
    expect(unknown).toEqual([]);
  });
});
