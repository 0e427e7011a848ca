// Helm's .helmignore rules (helm's pkg/ignore), so that the build packs exactly the files
// `helm package` packs. The rules are Go's filepath.Match globs, one a line, with Helm's reading
// of them: no "**", a trailing "/" matches directories only, a leading "/" anchors at the chart's
// folder, a rule without "/" looks at the base name only, and the first rule that decides wins.
// A "!" rule keeps what it names and ignores everything it does not name, as Helm reads it.

interface Rule {
  raw: string;
  negate: boolean;
  mustDir: boolean;
  /** Matches the whole path ("a/b.txt") or only its base name ("b.txt"). */
  whole: boolean;
  pattern: RegExp;
}

export interface IgnoreRules {
  /** Whether Helm leaves this path (relative to the chart, "/" separated) out of the package. */
  ignores(path: string, isDirectory: boolean): boolean;
}

/** Helm always leaves dot files in templates/ out. */
const DEFAULT_RULES = "templates/.?*";

/** Parses a .helmignore text; a rule Helm refuses is an error naming its line. */
export function parseHelmignore(text: string, source = ".helmignore"): IgnoreRules {
  const rules: Rule[] = [];
  const lines = `${text}\n${DEFAULT_RULES}`.split(/\r?\n/);
  lines.forEach((line, index) => {
    const where = index < lines.length - 1 ? `${source} line ${index + 1}` : "Helm's default rule";
    const rule = parseRule(line, where);
    if (rule) rules.push(rule);
  });
  return { ignores: (path, isDirectory) => ignores(rules, path, isDirectory) };
}

function parseRule(line: string, where: string): Rule | undefined {
  let rule = line.trim();
  if (rule === "" || rule.startsWith("#")) return undefined;
  if (rule.includes("**")) throw new Error(`${where}: "${rule}": Helm does not support ** in .helmignore`);
  globToRegExp(rule, where);
  const raw = rule;
  const negate = rule.startsWith("!");
  if (negate) rule = rule.slice(1);
  const mustDir = rule.endsWith("/");
  if (mustDir) rule = rule.slice(0, -1);
  const anchored = rule.startsWith("/");
  if (anchored) rule = rule.slice(1);
  return { raw, negate, mustDir, whole: anchored || rule.includes("/"), pattern: globToRegExp(rule, where) };
}

function ignores(rules: readonly Rule[], path: string, isDirectory: boolean): boolean {
  if (path === "" || path === "." || path === "./") return false;
  const trimmed = path.replace(/\/+$/, "");
  const base = trimmed.slice(trimmed.lastIndexOf("/") + 1);
  for (const rule of rules) {
    const matches = () => rule.pattern.test(rule.whole ? path : base);
    if (rule.negate) {
      if (rule.mustDir && !isDirectory) return true;
      if (!matches()) return true;
      continue;
    }
    if (rule.mustDir && !isDirectory) continue;
    if (matches()) return true;
  }
  return false;
}

/**
 * Go's filepath.Match syntax as a regular expression over the whole name: "*" is any run of
 * characters but "/", "?" one such character, "[...]" a class ("^" negates it, "a-z" a range),
 * "\\" escapes the next character. A malformed pattern is an error, as Go reports ErrBadPattern.
 */
export function globToRegExp(glob: string, where = "pattern"): RegExp {
  const bad = (why: string) => new Error(`${where}: "${glob}" is not a valid pattern (${why})`);
  const chars = [...glob];
  let source = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "\\") {
      if (i + 1 >= chars.length) throw bad("it ends with \\");
      source += escapeChar(chars[++i] as string);
    } else if (char === "[") {
      const { text, end } = characterClass(chars, i + 1, bad);
      source += text;
      i = end;
    } else source += escapeChar(char);
  }
  return new RegExp(`^${source}$`, "u");
}

/**
 * A class from just after its "[": Go reads ranges until a "]" that follows at least one; a
 * range's ends may not be "-" or "]" unescaped, and a range from high to low matches nothing.
 */
function characterClass(chars: string[], start: number, bad: (why: string) => Error): { text: string; end: number } {
  let i = start;
  const negated = chars[i] === "^";
  if (negated) i++;
  const items: string[] = [];
  let ranges = 0;
  const end = (): string => {
    const char = chars[i];
    if (char === undefined || char === "-" || char === "]") throw bad("a class is empty, open or has a dangling -");
    i++;
    if (char !== "\\") return char;
    const escaped = chars[i++];
    if (escaped === undefined) throw bad("a class ends with \\");
    return escaped;
  };
  for (;;) {
    if (chars[i] === "]" && ranges > 0) break;
    const low = end();
    let high = low;
    if (chars[i] === "-") {
      i++;
      high = end();
    }
    if (i >= chars.length) throw bad("a [ is not closed");
    if ((low.codePointAt(0) ?? 0) <= (high.codePointAt(0) ?? 0)) items.push(low === high ? escapeClassChar(low) : `${escapeClassChar(low)}-${escapeClassChar(high)}`);
    ranges++;
  }
  const text = items.length ? `[${negated ? "^" : ""}${items.join("")}]` : negated ? "[^]" : "[]";
  return { text, end: i };
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

function escapeClassChar(char: string): string {
  return /[\\^\]\-[]/.test(char) ? `\\${char}` : char;
}
