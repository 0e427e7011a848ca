// Reads values files as Helm does (go-yaml's YAML 1.1), with errors that name the file and line.
import { readFileSync } from "node:fs";
import type { YAMLParseError } from "yaml";
import { mergeValueFiles } from "../values/coalesce";
import { isTable, type Table } from "../values/tree";
import { parseYaml11Document } from "../yaml/yaml11";

export class InputError extends Error {
  override name = "InputError";
}

/** Parses one values file's text; `name` is how errors refer to it. */
export function parseValuesText(text: string, name: string): Table {
  const doc = parseYaml11Document(text);
  const error = doc.errors[0];
  if (error) throw new InputError(`${name}:${position(error)} ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`);
  const values = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (values === null || values === undefined) return {};
  if (!isTable(values)) throw new InputError(`${name}: values must be a YAML mapping of keys to values, not ${Array.isArray(values) ? "a list" : typeof values}`);
  return values;
}

function position(error: YAMLParseError): string {
  const at = error.linePos?.[0];
  return at ? `${at.line}:${at.col}:` : "";
}

/** Reads and merges values files in order (later ones win, as helm's -f); "-" is stdin. */
export function readValueFiles(paths: readonly string[], readStdin: () => string): Table {
  return mergeValueFiles(
    paths.map((path) => {
      const name = path === "-" ? "<stdin>" : path;
      let text: string;
      try {
        text = path === "-" ? readStdin() : readFileSync(path, "utf8");
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
        throw new InputError(`${name}: cannot read the values file: ${reason}`);
      }
      return parseValuesText(text, name);
    }),
  );
}
