import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeField } from "../wizard/field-write";
import { keepCommentLines } from "./keep-comments";
import { parseValuesText } from "./values-document";

describe("keepCommentLines", () => {
  it("adds no blank line before a comment that ends the file", () => {
    const text = "engine:\n  kind: StatefulSet\n  hostPath:\n    dataVolume:\n      enabled: false\n# last comment\n";
    const next = writeField(text, "engine.port", 1234).text;
    expect(next).toBe("engine:\n  kind: StatefulSet\n  hostPath:\n    dataVolume:\n      enabled: false\n  port: 1234\n# last comment\n");
  });

  it("keeps two comments at different indents after a nested block where they were", () => {
    const text = "engine:\n  tolerations:\n    - key: a\n      operator: Exists\n    # about the toleration\n  # about the port\n  port: 5\nnameOverride: x\n";
    const next = writeField(text, "engine.kind", "StatefulSet").text;
    expect(next).toBe(text.replace("  port: 5\n", "  port: 5\n  kind: StatefulSet\n"));
  });

  it("leaves a block scalar's blank and #-lines as its text", () => {
    const text = "engine:\n  config: |\n    a = 1\n\n    # not a comment\n  kind: DaemonSet\n";
    const next = writeField(text, "engine.config", "a = 2\n\n# still text\n").text;
    expect(parseValuesText(next)).toMatchObject({ ok: true, values: { engine: { config: "a = 2\n\n# still text\n", kind: "DaemonSet" } } });
  });

  it("writes lists at their key's indentation in a file that writes them so (as Helm and kubectl do)", () => {
    const text = "engine:\n  args:\n  - --debug\n  tolerations:\n  - key: a\n    operator: Exists\n";
    expect(writeField(text, "engine.port", 1234).text).toBe(`${text}  port: 1234\n`);
  });

  it("empties a map below a comment as `key: {}`, once, and the comment stays one line (the property, seed 1130397336)", () => {
    const text = "engine:\n  resources:\n    requests:\n      cpu: 250m\n      # about the request\n  tolerations: []\n";
    const emptied = writeField(text, "engine.resources.requests.cpu", undefined).text;
    expect(emptied).toBe("engine:\n  resources:\n    requests: {}\n      # about the request\n  tolerations: []\n");
    // A later write elsewhere leaves those lines as they are, and does not copy the comment.
    expect(writeField(emptied, "engine.kind", "StatefulSet").text).toBe(`${emptied}  kind: StatefulSet\n`);
    // A text with Windows line breaks is printed whole: the comment is still in it.
    expect(writeField(text.replaceAll("\n", "\r\n"), "engine.resources.requests.cpu", undefined).text).toContain("# about the request");
  });

  it("keeps a header comment on top and a comment-only file's comments", () => {
    expect(writeField("# my values\n", "engine.kind", "StatefulSet").text).toBe("# my values\nengine:\n  kind: StatefulSet\n");
    expect(keepCommentLines("", "a: 1\n")).toBeUndefined();
  });
});

// ---- the property: random values files with comments everywhere, random form writes ----

type TTree = { [key: string]: TTree | string | number | boolean | string[] | TTree[] };

const word = fc.constantFrom("alpha", "beta", "gamma", "delta", "pool-a", "x1");
const dict = fc.dictionary(word, word, { minKeys: 1, maxKeys: 3 });
const toleration = fc.record({ key: word, operator: fc.constant("Exists") });

/** Chart paths a form writes, with values of their type (and undefined: the field cleared). */
const FIELDS: [string, fc.Arbitrary<unknown>][] = [
  ["nameOverride", word],
  ["labels", dict],
  ["engine.kind", fc.constantFrom("DaemonSet", "StatefulSet")],
  ["engine.image.ref", word],
  ["engine.image.pullPolicy", fc.constantFrom("Always", "IfNotPresent", "Never")],
  ["engine.port", fc.integer({ min: 1, max: 65535 })],
  ["engine.args", fc.array(word, { minLength: 1, maxLength: 3 })],
  ["engine.nodeSelector", dict],
  ["engine.tolerations", fc.array(toleration, { minLength: 1, maxLength: 2 })],
  ["engine.resources.requests.cpu", fc.constantFrom("250m", "1", "4000m")],
  ["engine.resources.limits.memory", fc.constantFrom("512Mi", "8Gi", "1Ti")],
  ["engine.statefulSet.replicas", fc.integer({ min: 1, max: 9 })],
  ["engine.hostPath.dataVolume.enabled", fc.boolean()],
];

const fieldValue = fc.oneof(...FIELDS.map(([path, value]) => fc.tuple(fc.constant(path), value)));
/** A write of one field: a new value, or the field cleared (one time in four). */
const edit: fc.Arbitrary<[string, unknown]> = fc.oneof(
  { weight: 3, arbitrary: fieldValue },
  { weight: 1, arbitrary: fc.constantFrom(...FIELDS.map(([path]) => path)).map((path): [string, unknown] => [path, undefined]) },
);

function treeOf(entries: [string, unknown][]): TTree {
  const tree: TTree = {};
  for (const [path, value] of entries) {
    const keys = path.split(".");
    let node = tree;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as TTree;
    node[keys[keys.length - 1]!] = value as TTree;
  }
  return tree;
}

interface TLine {
  text: string;
  /** The key path a value line belongs to; none for a comment or blank line. */
  path?: string;
}

/** Where comments go: for each value line, the comment lines above it (at any indent) and an inline one. */
interface TCommentPlan {
  above: { indent: number; text: string; blank: boolean }[][];
  inline: (string | null)[];
  trailing: { indent: number; text: string }[];
}

/**
 * The values file with no comments, 2-space indent, its lists indented under their key as the
 * printer writes them, or at the key's own indentation as Helm and kubectl write them.
 */
function valueLines(tree: TTree, listsAtKey = false, indent = 0, prefix = ""): TLine[] {
  const pad = " ".repeat(indent);
  const item = listsAtKey ? "" : "  ";
  const lines: TLine[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) {
      lines.push({ text: `${pad}${key}:`, path });
      for (const entry of value) {
        if (typeof entry === "object") {
          Object.entries(entry).forEach(([k, v], index) => lines.push({ text: `${pad}${item}${index === 0 ? "- " : "  "}${k}: ${String(v)}`, path }));
        } else lines.push({ text: `${pad}${item}- ${entry}`, path });
      }
    } else if (typeof value === "object") {
      lines.push({ text: `${pad}${key}:`, path });
      lines.push(...valueLines(value, listsAtKey, indent + 2, path));
    } else lines.push({ text: `${pad}${key}: ${typeof value === "string" && /^\d/.test(value) ? `"${value}"` : String(value)}`, path });
  }
  return lines;
}

function withComments(lines: TLine[], plan: TCommentPlan): TLine[] {
  const out: TLine[] = [];
  lines.forEach((line, index) => {
    for (const comment of plan.above[index % plan.above.length] ?? []) out.push({ text: comment.blank ? "" : `${" ".repeat(comment.indent)}# ${comment.text}` });
    const inline = plan.inline[index % plan.inline.length];
    out.push(inline ? { ...line, text: `${line.text} # ${inline}` } : line);
  });
  for (const comment of plan.trailing) out.push({ text: `${" ".repeat(comment.indent)}# ${comment.text}` });
  return out;
}

const commentText = fc.stringMatching(/^[a-z][a-z0-9 :#-]{0,12}$/);
const commentPlan: fc.Arbitrary<TCommentPlan> = fc.record({
  above: fc.array(fc.array(fc.record({ indent: fc.constantFrom(0, 2, 4, 6), text: commentText, blank: fc.boolean() }), { maxLength: 2 }), { minLength: 1, maxLength: 7 }),
  inline: fc.array(fc.option(commentText, { nil: null }), { minLength: 1, maxLength: 5 }),
  trailing: fc.array(fc.record({ indent: fc.constantFrom(0, 2, 4, 6), text: commentText }), { maxLength: 3 }),
});

const isAside = (line: string) => line.trim() === "" || line.trim().startsWith("#");
function valuesOf(text: string): unknown {
  const parsed = parseValuesText(text);
  if (!parsed.ok) throw new Error(`${parsed.message} in\n${text}`);
  return parsed.values;
}

/** The old lines that are not in a longest common subsequence with the new ones. */
function removedLines(old: string[], next: string[]): number[] {
  const width = next.length + 1;
  const lengths = new Uint32Array((old.length + 1) * width);
  for (let i = old.length - 1; i >= 0; i--) for (let j = next.length - 1; j >= 0; j--) lengths[i * width + j] = old[i] === next[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
  const removed: number[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length) {
    if (j < next.length && old[i] === next[j]) {
      i++;
      j++;
    } else if (j === next.length || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) removed.push(i++);
    else j++;
  }
  return removed;
}

const RUNS = Number(process.env.COMMENT_RUNS ?? 100);

describe("form writes keep every comment where the user put it (property)", () => {
  it("every comment and blank line keeps its text, indentation and order; only the edited key's lines change", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fieldValue, { minLength: 1, maxLength: 8, selector: ([path]) => path }), commentPlan, fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (entries, plan, edits, listsAtKey) => {
        const plain = valueLines(treeOf(entries), listsAtKey);
        const lines = withComments(plain, plan);
        let text = `${lines.map((line) => line.text).join("\n")}\n`;
        let plainText = `${plain.map((line) => line.text).join("\n")}\n`;
        let linePaths = lines.map((line) => line.path);
        expect(parseValuesText(text).ok).toBe(true);
        for (const [path, value] of edits) {
          const next = writeField(text, path, value).text;
          plainText = writeField(plainText, path, value).text;
          const oldLines = text.split("\n");
          const newLines = next.split("\n");
          // Comment and blank lines: the same lines, in the same order, with the same indentation.
          expect(newLines.filter(isAside)).toEqual(oldLines.filter(isAside));
          // The text says what the same write says to the file without comments.
          expect(valuesOf(next)).toEqual(valuesOf(plainText));
          // Lines that went are the edited key's (or a key above it that held only it).
          for (const index of removedLines(oldLines, newLines)) {
            const at = linePaths[index];
            expect(at === undefined ? "a comment line" : path === at || path.startsWith(`${at}.`) || at.startsWith(`${path}.`) ? path : at, `line ${index + 1} "${oldLines[index]}" changed by writing ${path}`).toBe(path);
          }
          // Paths of the new text's lines, for the next edit: kept lines keep theirs, new ones are the edited key's.
          linePaths = newPaths(oldLines, newLines, linePaths, path);
          text = next;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

function newPaths(old: string[], next: string[], paths: (string | undefined)[], edited: string): (string | undefined)[] {
  const removed = new Set(removedLines(old, next));
  const kept = old.flatMap((line, index) => (removed.has(index) ? [] : [[line, paths[index]] as const]));
  const out: (string | undefined)[] = [];
  let k = 0;
  for (const line of next) {
    if (k < kept.length && kept[k]![0] === line) out.push(kept[k++]![1]);
    else out.push(isAside(line) ? undefined : edited);
  }
  return out;
}
