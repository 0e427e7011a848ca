// Parsing for the YAML text fields: a value, or a message with the line and column of the first
// error, so that the user's text can stay as typed until it parses. The same YAML 1.1 as Helm
// reads (a bare `yes` is true), through the core's one parser and writer.
import { parseYaml11Document, toYaml11 } from "../../src";

export type TYamlParse = { ok: true; value: unknown } | { ok: false; message: string };

export type TYamlShape = "list" | "map";

export function parseYamlField(text: string, shape: TYamlShape): TYamlParse {
  if (text.trim() === "") return { ok: true, value: shape === "list" ? [] : {} };
  const doc = parseYaml11Document(text);
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? `line ${at.line}, column ${at.col}` : "somewhere";
    return { ok: false, message: `YAML error at ${where}: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}` };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    return { ok: false, message: `YAML error: ${(cause as Error).message}` };
  }
  if (shape === "list" && !Array.isArray(value)) return { ok: false, message: "must be a YAML list: start each entry with '- '" };
  if (shape === "map" && (value === null || typeof value !== "object" || Array.isArray(value))) {
    return { ok: false, message: "must be a YAML mapping of keys to values" };
  }
  return { ok: true, value };
}

export function yamlFieldText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value) && value.length === 0) return "";
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return "";
  return toYaml11(value);
}
