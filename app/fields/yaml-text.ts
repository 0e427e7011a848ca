// Parsing for the YAML text fields: a value, or a message with the line and column of the first
// error, so that the user's text can stay as typed until it parses. The text is read as Helm
// reads values.yaml (YAML 1.1: `0644` is 420, `yes` is true), through the core.
import { readYamlValue, toYaml11 } from "../../src";

export type TYamlParse = { ok: true; value: unknown } | { ok: false; message: string };

export type TYamlShape = "list" | "map";

export function parseYamlField(text: string, shape: TYamlShape): TYamlParse {
  if (text.trim() === "") return { ok: true, value: shape === "list" ? [] : {} };
  const read = readYamlValue(text);
  if (!read.ok) return { ok: false, message: `YAML error at line ${read.line}, column ${read.column}: ${read.message}` };
  const value = read.value;
  if (shape === "list" && !Array.isArray(value)) return { ok: false, message: "must be a YAML list: start each entry with '- '" };
  if (shape === "map" && (value === null || typeof value !== "object" || Array.isArray(value))) {
    return { ok: false, message: "must be a YAML mapping of keys to values" };
  }
  return { ok: true, value };
}

/** The text a field shows for a value, written as the values.yaml is (strings quoted where YAML 1.1 would misread them). */
export function yamlFieldText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value) && value.length === 0) return "";
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return "";
  return toYaml11(value);
}
