// Reads values files as Helm does (go-yaml's YAML 1.1), with errors that name the file and line.
import { readFileSync } from "node:fs";
import { mergeValueFiles } from "../values/coalesce";
import { isTable, type Table } from "../values/tree";
import { decodeValuesBytes, type DecodedBytes } from "../yaml/decode-bytes";
import { readYaml11 } from "../yaml/go-read";
import { lineColumn } from "../yaml/yaml11";

export class InputError extends Error {
  override name = "InputError";
}

/** Parses one values file's text as Helm 4 does (several documents merge); `name` is how errors refer to it. */
export function parseValuesText(text: string, name: string, note: (text: string) => void = () => {}): Table {
  const read = readYaml11(text);
  if (!read.ok) {
    const at = lineColumn(text, read.problem.offset);
    throw new InputError(`${name}:${at.line}:${at.column}: ${read.problem.message}`);
  }
  for (const line of read.notes) note(`${name}: ${line}`);
  const tables: Table[] = [];
  for (const value of read.values) {
    if (value === null || value === undefined) continue;
    if (!isTable(value)) throw new InputError(`${name}: values must be a YAML mapping of keys to values, not ${Array.isArray(value) ? "a list" : typeof value}`);
    tables.push(value);
  }
  return mergeValueFiles(tables);
}

/**
 * One input file's text and the name errors give it ("<stdin>" for "-"), decoded as Helm decodes
 * values files (a UTF-16 BOM, say); `what` is what the file is, for the message when it cannot be read.
 */
export function readInputText(path: string, readStdin: () => string | Uint8Array, what = "the values file"): { name: string; text: string; note?: string } {
  const name = path === "-" ? "<stdin>" : path;
  let content: string | Uint8Array;
  try {
    content = path === "-" ? readStdin() : readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new InputError(`${name}: cannot read ${what}: ${reason}`);
  }
  const decoded: DecodedBytes = typeof content === "string" ? { ok: true, text: content } : decodeValuesBytes(content);
  if (!decoded.ok) throw new InputError(`${name}: ${decoded.message}`);
  return { name, text: decoded.text, note: decoded.note };
}

/** Reads and merges values files in order (later ones win, as helm's -f); "-" is stdin. */
export function readValueFiles(paths: readonly string[], readStdin: () => string | Uint8Array, note?: (text: string) => void): Table {
  return mergeValueFiles(
    paths.map((path) => {
      const read = readInputText(path, readStdin);
      if (read.note) note?.(`${read.name}: ${read.note}`);
      return parseValuesText(read.text, read.name, note);
    }),
  );
}
