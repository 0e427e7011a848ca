// Props and options shared by the lazy preview editors and their plain-text stand-ins.
import type { editor } from "monaco-editor";
import type { ProblemRange } from "../../src";

export interface TYamlViewProps {
  text: string;
  /** The accessible name of the editor. */
  label: string;
  theme: "light" | "dark";
}

export interface TYamlDiffProps {
  original: string;
  modified: string;
  label: string;
  /** What the left side is ("chart defaults", "deployed"): its editor is named `${label}: ${originalLabel}`. */
  originalLabel: string;
  theme: "light" | "dark";
  /** Distinct per diff on the page: Monaco keeps one model per path. */
  modelPaths: TDiffModelPaths;
}

export const READ_ONLY_OPTIONS: editor.IEditorOptions = {
  readOnly: true,
  domReadOnly: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 12,
  lineNumbersMinChars: 3,
  folding: true,
  renderLineHighlight: "none",
  // No composited layers of their own for the lines and the margin: fewer layers to build and draw
  // in each keystroke's frame. In interleaved runs (3 x 20 keys, 1x) the keystrokes whose frame came
  // late fell from 28 to 17 with the manifests tab open and from 28 to 14 with the changes tab.
  disableLayerHinting: true,
  // No bracket pairs in views no one types into: their colours and matching read a bracket tree
  // that each preview update parses again. Main-thread time per key at 1x, interleaved runs: 32.3
  // -> 29.1 ms with the manifests tab open, 26.5 -> 24.1 with the changes tab.
  bracketPairColorization: { enabled: false },
  matchBrackets: "never",
};

export interface TValuesEditorProps {
  /** The values.yaml text (the wizard's state). */
  value: string;
  onChange: (text: string) => void;
  label: string;
  theme: "light" | "dark";
  /** What the values worker found in this very text; undefined while its reading is pending (the marks stay as they are). */
  marks?: TValuesMarks;
  /** The magicache token while it is masked: shown as dots wherever it stands. */
  masked?: string;
}

export interface TValuesMarks {
  /** The text's syntax error, marked at its line (the core's reading, with Helm's YAML 1.1 rules). */
  syntaxError?: { message: string; position?: { line: number; column: number } };
  /** What Helm would refuse in this text (unknown keys, wrong types, rules), at the keys they name. */
  problems: readonly ProblemRange[];
  /** Where the magicache token stands (start and end offsets), dotted out while it is masked. */
  secrets: readonly (readonly [number, number])[];
}

export interface TDiffModelPaths {
  original: string;
  modified: string;
}

/**
 * Options of the editors the user types into (values.yaml, engine.toml and engine.json). Enter
 * takes a suggestion only when it changes the text: with Monaco's default, a suggestion equal to
 * the word just typed (one that opens a moment late on a busy machine) swallowed the newline.
 */
export const TYPING_OPTIONS = { acceptSuggestionOnEnter: "smart" } as const;

/**
 * From this many characters completion waits for Ctrl+Space instead of coming up as you type:
 * monaco-yaml parses the whole text for each completion (~30 ms per keystroke at 100 KB, in its
 * worker), on a core the page and the values worker need on a small machine. With it off, a 100 KB
 * file's keystroke showed in the editor's preview p95 90 ms instead of 153 (interleaved runs).
 */
export const SUGGEST_AS_YOU_TYPE_MAX_CHARS = 50_000;

const VALUES_EDITOR_OPTIONS = {
  ...TYPING_OPTIONS,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 12,
  lineNumbersMinChars: 3,
  tabSize: 2,
  insertSpaces: true,
  quickSuggestions: { other: true, comments: false, strings: true },
  fixedOverflowWidgets: true,
  // As the read-only views (READ_ONLY_OPTIONS): late keystroke frames 13 → 9 of 60 in this editor.
  disableLayerHinting: true,
  // The keys the view is inside, from the indentation (YAML's structure) on the page. Its default,
  // the outline, asks monaco-yaml's worker for every key after each change: at 100 KB an 80 KB
  // answer per keystroke, 2.4 ms of the page's time to receive, on a core the values worker needs.
  stickyScroll: { enabled: true, defaultModel: "indentationModel" },
  // No inline suggestions (ghost text): nothing provides them here (monaco-yaml's completion is the
  // suggest list), yet their controller updates its observables on every keystroke. Interleaved
  // runs, values.yaml editor, empty document: main-thread time per key 157 -> 138 ms at 4x (3 x 20
  // keys), 27.0 -> 25.6 ms at 1x (5 x 20).
  inlineSuggest: { enabled: false },
} as const;

/** The values.yaml editor's options (MonacoValuesEditor's, and the bench's page with that editor alone). */
export function valuesEditorOptions(label: string, large: boolean) {
  return { ...VALUES_EDITOR_OPTIONS, ariaLabel: label, quickSuggestions: large ? false : VALUES_EDITOR_OPTIONS.quickSuggestions };
}
