// Writes app/shell/readable-colors.json: the theme's text colours that reach WCAG AA, derived from
// Mantine's palette by app/shell/readable-colors.ts. Part of `npm run gen`; `--check` fails if the
// file is out of date (app/shell/theme.test.ts checks the same).
import { DEFAULT_THEME, mergeMantineTheme } from "@mantine/core";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readableColors } from "../app/shell/readable-colors";
import { theme } from "../app/shell/theme";

const file = join(import.meta.dirname, "../app/shell/readable-colors.json");
const text = `${JSON.stringify(readableColors(mergeMantineTheme(DEFAULT_THEME, theme)), null, 2)}\n`;
const current = (() => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
})();
if (current === text) process.exit(0);
if (process.argv.includes("--check")) {
  console.error("app/shell/readable-colors.json is out of date: run npm run gen");
  process.exit(1);
}
writeFileSync(file, text);
console.log("wrote app/shell/readable-colors.json");
