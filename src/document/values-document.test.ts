import { describe, expect, it } from "vitest";
import { parseValuesText } from "./values-document";
import { writeFieldValue } from "../wizard/field-write";
import { secretRanges, textWithoutSecrets } from "../wizard/secret-text";

describe("the values document", () => {
  it("reads several documents as Helm 4 merges them, and an edit keeps the others", () => {
    const text = "# mine\nengine:\n  kind: StatefulSet\n---\nengine:\n  args: [--x]\n";
    const parsed = parseValuesText(text);
    expect(parsed.ok && parsed.values).toEqual({ engine: { kind: "StatefulSet", args: ["--x"] } });
    expect(parsed.ok && parsed.notes[0]).toMatch(/Helm 3 reads only the first/);
    expect(writeFieldValue(text, "engine.port", 1234)).toBe("# mine\nengine:\n  kind: StatefulSet\n  port: 1234\n---\nengine:\n  args: [--x]\n");
    expect(writeFieldValue(`---\n${text}`, "nameOverride", "x")).toBe(`---\n# mine\nengine:\n  kind: StatefulSet\nnameOverride: x\n---\nengine:\n  args: [--x]\n`);
  });

  it("keeps what Helm read from a scalar when another key is edited", () => {
    const text = 'engine:\n  args:\n    - "a\u0085b"\n    - "two\n  lines"\n    - !!binary aGVsbG8=\n';
    const parsed = parseValuesText(writeFieldValue(text, "engine.port", 1));
    expect(parsed.ok && parsed.values).toEqual({ engine: { args: ["a b", "two lines", "hello"], port: 1 } });
  });

  it("does not save a text of several documents with the token in one", () => {
    expect(textWithoutSecrets("engine: {}\n---\nmagicache:\n  enabled: true\n  token: dag_secret\n").ok).toBe(false);
    expect(textWithoutSecrets("engine: {}\n---\nnameOverride: x\n")).toEqual({ ok: true, text: "engine: {}\n---\nnameOverride: x\n" });
    const text = "engine: {}\n---\nmagicache:\n  token: dag_secret\n";
    expect(secretRanges(text, "dag_secret")).toEqual([[text.indexOf("dag_secret"), text.length - 1]]);
  });
});
