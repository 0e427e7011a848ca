// Reading and writing YAML as Helm and Kubernetes read it (go-yaml v2's YAML 1.1): the one place
// the core, the CLI, the wizard and the tests parse or print YAML for the cluster.
// eslint-disable-next-line no-restricted-imports -- this is the one place that calls the parser
import { LineCounter, parseAllDocuments, parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type ToStringOptions } from "yaml";
import { addDuplicateKeyErrors, duplicateKeys } from "./duplicate-keys";
import { emitYaml } from "./emit";
import { readYaml11 } from "./go-read";
import { GO_YAML_TAGS } from "./go-yaml-schema";

export const YAML11_OPTIONS: DocumentOptions & ParseOptions & SchemaOptions = {
  version: "1.1",
  schema: "yaml-1.1",
  customTags: (tags) => [
    ...tags.filter((tag) => typeof tag === "object" && !("test" in tag && tag.test) && !isScalarResolver(tag.tag)),
    ...GO_YAML_TAGS,
  ],
  // Duplicated keys are refused all the same, by duplicate-keys.ts in linear time (a plain `<<`,
  // go-yaml's merge key, may stand several times): the package's own check compares every key
  // with every earlier one.
  uniqueKeys: false,
  // Problems come back in doc.errors and doc.warnings; nothing is written to the console.
  logLevel: "error",
};

const SCALAR_RESOLVERS = new Set(["null", "bool", "int", "float", "timestamp", "binary"].map((name) => `tag:yaml.org,2002:${name}`));
function isScalarResolver(tag: string): boolean {
  return SCALAR_RESOLVERS.has(tag);
}

/** Characters go-yaml treats as line breaks or byte order marks even inside a plain scalar. */
const BREAKS = /[\u0085\u2028\u2029\ufeff]/;
const BREAK_ESCAPES: Record<string, string> = { "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF" };

const TO_STRING: ToStringOptions = { lineWidth: 0, minContentWidth: 0, indentSeq: true };

/** YAML 1.1 text of plain data, every string quoted where go-yaml would read something else. */
export function toYaml11(value: unknown): string {
  return emitYaml(value);
}

/** A Document's text with the same care: strings with line-break characters are escaped. */
export function documentToString(doc: Document, options: { indentSeq?: boolean } = {}): string {
  let escaped = false;
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && BREAKS.test(node.value)) {
        node.type = "QUOTE_DOUBLE";
        escaped = true;
      }
    },
  });
  const text = doc.toString({ ...TO_STRING, ...options });
  // Every such character now stands inside a double-quoted scalar, where an escape is valid.
  return escaped ? text.replace(new RegExp(BREAKS.source, "g"), (char) => BREAK_ESCAPES[char] ?? char) : text;
}

/** A YAML text Helm refuses: what and where (line and column from 1). */
export class YamlReadError extends Error {
  override name = "YamlReadError";
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} at line ${line}, column ${column}`);
  }
}

/** Line and column (from 1) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses one YAML document as Helm reads it; throws a YamlReadError with the place. */
export function parseYaml11(text: string): unknown {
  const read = readYaml11(text);
  if (!read.ok) {
    const at = lineColumn(text, read.problem.offset);
    throw new YamlReadError(read.problem.message, at.line, at.column);
  }
  if (read.values.length > 1) throw new YamlReadError("expected one YAML document, found several", 1, 1);
  return read.values[0] ?? null;
}

export type YamlValueReading = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/** A YAML text of one value (a form field's list or map), read as Helm reads values. */
export function readYamlValue(text: string): YamlValueReading {
  const read = readYaml11(text);
  if (!read.ok) return { ok: false, message: read.problem.message, ...lineColumn(text, read.problem.offset) };
  if (read.values.length > 1) {
    const second = read.docs[1]?.contents?.range?.[0] ?? 0;
    return { ok: false, message: "one YAML document only: remove the '---' line", ...lineColumn(text, second) };
  }
  return { ok: true, value: read.values[0] ?? null };
}

/**
 * The parsed document of one text, as go-yaml reads it, errors (a duplicated key included) in
 * doc.errors with their line and column, in text order.
 */
export function parseYaml11Document(text: string): Document.Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML11_OPTIONS, lineCounter });
  addDuplicateKeyErrors(doc, duplicateKeys(doc, text, lineCounter));
  return doc;
}

/** Every document of a multi-document text, as go-yaml reads them (duplicated keys are errors). */
export function parseAllYaml11(text: string): Document.Parsed[] {
  const lineCounter = new LineCounter();
  const all = parseAllDocuments(text, { ...YAML11_OPTIONS, lineCounter });
  const docs = Array.isArray(all) ? all : [];
  for (const doc of docs) addDuplicateKeyErrors(doc, duplicateKeys(doc, text, lineCounter));
  return docs;
}
