// Writes the files generated from the zod values schema and Chart.yaml:
//   chart/dagger-helm/values.yaml         defaults with a "## @param" line per parameter
//   chart/dagger-helm/values.schema.json  the JSON schema Helm validates values against
//   chart/dagger-helm/README.md           the parameter table, from the @param lines
//   src/chart/chart-meta.ts               name and versions from Chart.yaml
//   src/values/schema-facts.json          the defaults and descriptions, for code without zod
//   src/values/value-paths.ts             ValuePath, the type of every values path the wizard may name
// `npm run gen` writes them; `--check` fails if any is out of date (the tests run it).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatedFiles } from "../src/chart/generate";
import { parseYaml11 } from "../src/yaml/yaml11";

const root = join(import.meta.dirname, "..");
const chartYaml = parseYaml11(readFileSync(join(root, "chart/dagger-helm/Chart.yaml"), "utf8")) as Record<string, string>;
const readme = readFileSync(join(root, "chart/dagger-helm/README.md"), "utf8");
const files = generatedFiles({ chartYaml, readme });

const check = process.argv.includes("--check");
let stale = 0;
for (const [path, text] of Object.entries(files)) {
  const full = join(root, path);
  let current = "";
  try {
    current = readFileSync(full, "utf8");
  } catch {
    // A missing file counts as stale.
  }
  if (current === text) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run gen`);
    stale++;
  } else {
    writeFileSync(full, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
