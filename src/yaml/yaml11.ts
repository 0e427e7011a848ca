// Reading and writing YAML as Helm and Kubernetes read it (go-yaml v2's YAML 1.1): the one place
// the core, the CLI, the wizard and the tests parse or print YAML for the cluster.
// eslint-disable-next-line no-restricted-imports -- this is the one place that calls the parser
import { LineCounter, parseAllDocuments, parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type ToStringOptions } from "yaml";
import { addDuplicateKeyErrors, duplicateKeys } from "./duplicate-keys";
import { emitYaml } from "./emit";
import { GO_YAML_TAGS } from "./go-yaml-schema";

export const YAML11_OPTIONS: DocumentOptions & ParseOptions & SchemaOptions = {
  version: "1.1",
  schema: "yaml-1.1",
  customTags: (tags) => [
    ...tags.filter((tag) => typeof tag === "object" && !("test" in tag && tag.test) && !isScalarResolver(tag.tag)),
    ...GO_YAML_TAGS,
  ],
  // Duplicated keys are refused all the same, by duplicate-keys.ts in linear time: the package's
  // own check compares every key with every earlier one. Parse with parseYaml11Document only.
  uniqueKeys: false,
  // Problems come back in doc.errors and doc.warnings; nothing is written to the console.
  logLevel: "error",
};

const SCALAR_RESOLVERS = new Set(["null", "bool", "int", "float", "timestamp"].map((name) => `tag:yaml.org,2002:${name}`));
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
export function documentToString(doc: Document): string {
  let escaped = false;
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && BREAKS.test(node.value)) {
        node.type = "QUOTE_DOUBLE";
        escaped = true;
      }
    },
  });
  const text = doc.toString(TO_STRING);
  // Every such character now stands inside a double-quoted scalar, where an escape is valid.
  return escaped ? text.replace(new RegExp(BREAKS.source, "g"), (char) => BREAK_ESCAPES[char] ?? char) : text;
}

/**
 * The one way the project parses YAML: one document read as go-yaml reads it, errors (a
 * duplicated key included) in doc.errors with their line and column, in text order.
 */
export function parseYaml11Document(text: string): Document.Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML11_OPTIONS, lineCounter });
  addDuplicateKeyErrors(doc, duplicateKeys(doc, text, lineCounter));
  return doc;
}

/** Parses one YAML document as go-yaml would; throws with line and column on a syntax error. */
export function parseYaml11(text: string): unknown {
  const doc = parseYaml11Document(text);
  if (doc.errors.length) throw doc.errors[0];
  return doc.toJS({ maxAliasCount: 100 });
}

/** Every document of a multi-document text, as go-yaml reads them. */
export function parseAllYaml11(text: string): Document.Parsed[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...YAML11_OPTIONS, lineCounter });
  for (const doc of docs) addDuplicateKeyErrors(doc, duplicateKeys(doc, text, lineCounter));
  return docs;
}
