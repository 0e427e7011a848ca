#!/usr/bin/env node
// Sizes of the production build in dist/: the JavaScript index.html loads before the user can act
// (its module script, the modulepreloads and every chunk they import statically), gzipped, against
// the 150 KB budget and in at most 3 files; and the total of all JavaScript, Monaco and its workers included.
// Usage: npm run build && node scripts/bundle-size.mjs [--json] [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

export const FIRST_LOAD_BUDGET = 150 * 1024;
/** Files before the first paint: each is a request (vite.config.ts keeps the first load in one chunk). */
export const FIRST_LOAD_FILES_BUDGET = 3;

export function bundleSizes(dist = "dist") {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const entries = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => posix.normalize(match[1].replace(/^\.?\//, "")));
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`; import("./x.js") is lazy.
    for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(posix.join(posix.dirname(file), match[1]));
    }
  };
  entries.filter((file) => file.endsWith(".js")).forEach(visit);
  const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const allJs = walk(dist).filter((file) => file.endsWith(".js"));
  const initialFiles = [...initial].map((file) => ({ file, bytes: statSync(join(dist, file)).size, gzip: gzip(file) }));
  return {
    initialFiles,
    initialGzip: initialFiles.reduce((sum, file) => sum + file.gzip, 0),
    totalFiles: allJs.length,
    totalGzip: allJs.reduce((sum, file) => sum + gzip(file), 0),
    totalBytes: allJs.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0),
  };
}

function walk(dir, prefix = "") {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(dir, posix.join(prefix, entry.name)) : [posix.join(prefix, entry.name)],
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const sizes = bundleSizes(args.find((arg) => !arg.startsWith("--")) ?? "dist");
  if (args.includes("--json")) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    console.log("First load (what index.html loads before the user can act):");
    for (const file of sizes.initialFiles) console.log(`  ${file.file}  ${kb(file.bytes)}  gzip ${kb(file.gzip)}`);
    console.log(`  total gzip ${kb(sizes.initialGzip)} (budget ${kb(FIRST_LOAD_BUDGET)}), ${sizes.initialFiles.length} files (budget ${FIRST_LOAD_FILES_BUDGET})`);
    console.log(`All JavaScript: ${sizes.totalFiles} files, ${kb(sizes.totalBytes)}, gzip ${kb(sizes.totalGzip)}`);
  }
  if (sizes.initialGzip > FIRST_LOAD_BUDGET || sizes.initialFiles.length > FIRST_LOAD_FILES_BUDGET) process.exitCode = 1;
}
