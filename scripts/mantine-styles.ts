// The build's check of app/shell/mantine-styles.ts, the wizard's list of Mantine stylesheets. A
// Mantine component names its classes in its script (`m_` and eight hex digits, the same in every
// build), and each class is defined in exactly one of Mantine's stylesheets. So the bundle says
// which stylesheets it needs: the check stops the build when a needed one is missing (a component
// would show unstyled) and when an imported one is not needed (it would cost the first paint for
// nothing), and names the file either way.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

/** A Mantine class or keyframes name, as scripts and stylesheets spell it. */
const MANTINE_NAME = /m_[0-9a-f]{8}/g;
/** A class a stylesheet defines. */
const MANTINE_CLASS = /\.(m_[0-9a-f]{8})/g;

/** Mantine's stylesheets: the import path of each, with the classes it defines. */
export type TMantineCatalog = Map<string, Set<string>>;

const STYLES_MODULE = "app/shell/mantine-styles.ts";

/**
 * The per-component stylesheets of @mantine/core as installed, in the order @mantine/core/styles.css
 * has them (a component's dependencies first), then @mantine/notifications' one. Stylesheets
 * without classes of their own (the globals) are not in it.
 */
export function mantineCatalog(): TMantineCatalog {
  const require = createRequire(import.meta.url);
  const whole = require.resolve("@mantine/core/styles.css");
  const wholeText = readFileSync(whole, "utf8");
  const coreStyles = join(dirname(whole), "styles");
  const classesOf = (file: string) => new Set([...readFileSync(file, "utf8").matchAll(MANTINE_CLASS)].map((match) => match[1]!));
  const core = readdirSync(coreStyles)
    .filter((name) => name.endsWith(".css") && !name.endsWith(".layer.css"))
    .map((name) => ({ importPath: `@mantine/core/styles/${name}`, classes: classesOf(join(coreStyles, name)) }))
    .filter(({ classes }) => classes.size > 0)
    .map((sheet) => ({ ...sheet, at: wholeText.indexOf(`.${[...sheet.classes][0]}`) }))
    .sort((a, b) => a.at - b.at);
  const catalog: TMantineCatalog = new Map(core.map(({ importPath, classes }) => [importPath, classes]));
  catalog.set("@mantine/notifications/styles.css", classesOf(require.resolve("@mantine/notifications/styles.css")));
  return catalog;
}

/** What is wrong with the built stylesheets for the built scripts; empty when nothing is. */
export function mantineStyleProblems(scripts: string[], styles: string[], catalog: TMantineCatalog): string[] {
  const used = new Set(scripts.flatMap((code) => code.match(MANTINE_NAME) ?? []));
  const styled = new Set(styles.flatMap((css) => css.match(MANTINE_NAME) ?? []));
  const problems: string[] = [];
  for (const [importPath, classes] of catalog) {
    const needed = [...classes].filter((name) => used.has(name));
    const present = [...classes].some((name) => styled.has(name));
    if (needed.length > 0 && !present) {
      problems.push(`the bundle uses ${needed.slice(0, 3).join(", ")}, defined in ${importPath}, which is not imported: add \`import "${importPath}";\` to ${STYLES_MODULE} (in the order of @mantine/core/styles.css)`);
    } else if (needed.length === 0 && present) {
      problems.push(`${importPath} is imported but no bundled component uses its classes: drop it from ${STYLES_MODULE}`);
    }
  }
  // Mantine's order matters where two sheets style one element (Input, then PasswordInput).
  const css = styles.join("\n");
  let previous: { importPath: string; at: number } | undefined;
  for (const [importPath, classes] of catalog) {
    const at = Math.min(...[...classes].map((name) => css.indexOf(`.${name}`)).filter((index) => index >= 0));
    if (!Number.isFinite(at)) continue;
    if (previous && at < previous.at) problems.push(`${importPath} is imported before ${previous.importPath}, which @mantine/core/styles.css has first: import it after that one in ${STYLES_MODULE}`);
    else previous = { importPath, at };
  }
  return problems;
}

/** Stops the production build when app/shell/mantine-styles.ts does not match the bundle. */
export function mantineStylesCheck(): Plugin {
  return {
    name: "mantine-styles-check",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const scripts = files.flatMap((file) => (file.type === "chunk" ? [file.code] : []));
      const styles = files.flatMap((file) => (file.type === "asset" && file.fileName.endsWith(".css") ? [String(file.source)] : []));
      const problems = mantineStyleProblems(scripts, styles, mantineCatalog());
      if (problems.length > 0) this.error(`Mantine's stylesheets do not match the bundle:\n- ${problems.join("\n- ")}`);
    },
  };
}
