// Reading a values text as Helm does, on top of the `yaml` package: what go-yaml refuses in the
// text itself, its line breaks, Helm 4's split into documents (k8s.io/apimachinery's
// YAMLReader: a line that starts with `---`), and each document's data by go-yaml's rules
// (go-values.ts). Helm 4 merges the documents in order; Helm 3 reads the first only.
// eslint-disable-next-line no-restricted-imports -- go-yaml's reading, beside yaml11.ts
import { LineCounter, parseAllDocuments, type Document } from "yaml";
import { addDuplicateKeyErrors, duplicateKeys } from "./duplicate-keys";
import { goLineBreaks } from "./line-breaks";
import { goValue, type YamlProblem } from "./go-values";
import { unclosedProblem } from "./unclosed";
import { YAML11_OPTIONS } from "./yaml11";

export type { YamlProblem } from "./go-values";

export interface YamlDocuments {
  ok: true;
  /** The parsed documents Helm reads (the first is the one to edit), with the text they were parsed from. */
  docs: Document[];
  source: string;
  /** Each document's data, in order. */
  values: unknown[];
  /** Where the first document's part of the text begins (its `---` line included) and ends. */
  firstPart: [start: number, end: number];
  /** What a reader should know: documents Helm 3 and 4 read differently, text Helm ignores. */
  notes: string[];
}

export type YamlReading = YamlDocuments | { ok: false; problem: YamlProblem };

/** Characters go-yaml's reader accepts (readerc.go): tab, line breaks, printable text. */
const REFUSED_CHARACTER = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What Helm refuses in the text before any YAML is read, with its place. */
export function textProblem(text: string): YamlProblem | undefined {
  const refused = REFUSED_CHARACTER.exec(text);
  if (refused) return { message: `control characters are not allowed: ${codeOf(refused[0])} (go-yaml, which Helm uses, refuses the file)`, offset: refused.index };
  const separator = /[\u2028\u2029]/.exec(text);
  if (separator) {
    const escape = separator[0] === "\u2028" ? "\\L" : "\\P";
    return { message: `${codeOf(separator[0])} is a line break for Helm (go-yaml), not text: write ${escape} in a double-quoted string instead`, offset: separator.index };
  }
  const directive = /^(?:[ \t]*(?:#.*)?\n)*(%\S*)[^\n]*/.exec(text);
  if (directive?.[1]) {
    const offset = directive[0].length - directive[0].replace(/^(?:[ \t]*(?:#.*)?\n)*/, "").length;
    const line = directive[0].slice(offset);
    if (/^%YAML[ \t]+(?!1\.1(?:[ \t#]|$))/.test(line)) return { message: `found incompatible YAML document: Helm reads YAML 1.1 only (${line.trim()}); remove the line`, offset };
    return { message: `Helm 4 cannot read a file that starts with a directive (${line.trim()}; Helm 3 can): remove the line`, offset };
  }
  return undefined;
}

/** Offsets where Helm 4 starts a new document (after each line that begins with `---`) and where those lines begin. */
function documentStarts(text: string): { starts: number[]; lines: number[]; problem?: YamlProblem } {
  const starts = [0];
  const lines = [0];
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf("\n", at);
    const next = end < 0 ? text.length : end + 1;
    if (text.startsWith("---", at)) {
      const rest = text.slice(at + 3, end < 0 ? text.length : end).trim();
      if (rest && !rest.startsWith("#")) {
        return { starts, lines, problem: { message: `invalid YAML document separator: "--- ${rest}" (Helm 4 allows only a comment after ---; put the rest on the next line)`, offset: at } };
      }
      starts.push(next);
      lines.push(at);
    }
    at = next;
  }
  return { starts, lines };
}

/**
 * go-yaml reads a quoted scalar to its closing quote, however its lines are indented; the `yaml`
 * package stops at a line that is not indented enough ("Missing closing quote"). From the line
 * break it stopped at, find the closing quote and make the scalar one line for the `yaml`
 * package (same offsets); go-values.ts reads its value from the text itself.
 */
function joinQuotedLines(parsed: string, at: number, quote: string): string | undefined {
  let end = at;
  while (end < parsed.length) {
    const char = parsed[end];
    if (quote === '"' && char === "\\") end += 2;
    else if (char === quote && quote === "'" && parsed[end + 1] === "'") end += 2;
    else if (char === quote) break;
    else end += 1;
  }
  if (end >= parsed.length) return undefined;
  return parsed.slice(0, at) + parsed.slice(at, end).replace(/[\r\n]/g, " ") + parsed.slice(end);
}

const MISSING_QUOTE = /^Missing closing (["'])quote/;

/** Parses the documents, joining quoted scalars whose lines go-yaml reads and the `yaml` package does not. */
function parseDocuments(source: string): Document[] {
  let parsed = source;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const lineCounter = new LineCounter();
    const all = parseAllDocuments(parsed, { ...YAML11_OPTIONS, logLevel: "silent", lineCounter });
    const docs = Array.isArray(all) ? all : [];
    // Duplicated keys, found in linear time (YAML11_OPTIONS leaves the package's own check off).
    for (const doc of docs) addDuplicateKeyErrors(doc, duplicateKeys(doc, parsed, lineCounter));
    const missing = docs.flatMap((doc) => doc.errors).find((error) => MISSING_QUOTE.test(error.message));
    const joined = missing && joinQuotedLines(parsed, missing.pos[0], MISSING_QUOTE.exec(missing.message)?.[1] ?? '"');
    if (!joined) return docs;
    parsed = joined;
  }
  return [];
}

/** The document's first error Helm would share; errors only the `yaml` package sees are dropped. */
function parseProblem(doc: Document, source: string): YamlProblem | undefined {
  // go-yaml knows the escape \' in double quotes; go-values.ts reads it.
  doc.errors = doc.errors.filter((error) => !(error.code === "BAD_DQ_ESCAPE" && source.startsWith("\\'", error.pos[0])));
  const error = doc.errors[0];
  if (!error) return undefined;
  const unclosed = unclosedProblem(doc, error);
  if (unclosed) return unclosed;
  return { message: error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "invalid YAML", offset: error.pos[0] };
}

/** Reads a values text the way Helm 4 does; documents it would ignore are left out, with a note. */
export function readYaml11(text: string): YamlReading {
  const problem = textProblem(text);
  if (problem) return { ok: false, problem };
  const source = goLineBreaks(text);
  const split = documentStarts(source);
  if (split.problem) return { ok: false, problem: split.problem };
  const chunkOf = (offset: number) => split.starts.filter((start) => start <= offset).length - 1;
  const docs: Document[] = [];
  const values: unknown[] = [];
  const notes: string[] = [];
  let lastChunk = -1;
  let firstChunk = 0;
  for (const doc of parseDocuments(source)) {
    // A document of comments only holds nothing (Helm reads it as no values).
    if (doc.contents === null && !doc.errors.length) continue;
    const chunk = chunkOf(doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0);
    if (chunk === lastChunk) {
      // After `...`, go-yaml stops reading; the rest of that part of the file is ignored.
      notes.push("Helm ignores the text after '...' (the end of a document) up to the next '---' line");
      continue;
    }
    lastChunk = chunk;
    if (!docs.length) firstChunk = chunk;
    const parseError = parseProblem(doc, source);
    if (parseError) return { ok: false, problem: parseError };
    const read = goValue(doc, source);
    if (!read.ok) return { ok: false, problem: read.problem };
    docs.push(doc);
    values.push(read.value);
  }
  if (values.filter((value) => value !== null).length > 1) {
    notes.push(`this file holds ${values.length} YAML documents: Helm 4 merges them in order (as read here), while Helm 3 reads only the first`);
  }
  const firstPart: [number, number] = [split.lines[firstChunk] ?? 0, split.lines[firstChunk + 1] ?? text.length];
  return { ok: true, docs, source, values, firstPart, notes: [...new Set(notes)] };
}
