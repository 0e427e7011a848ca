// Budgets that do not depend on the machine's speed, checked on the production build the
// journeys run against: the JavaScript index.html loads before the user can act.
import { expect, test } from "@playwright/test";
// @ts-expect-error: a plain .mjs script without types
import { bundleSizes, FIRST_LOAD_BUDGET, FIRST_LOAD_FILES_BUDGET } from "../scripts/bundle-size.mjs";

test("the first load stays within 150 KB of gzipped JavaScript, Monaco left for later", () => {
  const sizes = bundleSizes(process.env.E2E_DIST ?? "dist") as { initialGzip: number; initialFiles: { file: string }[] };
  expect(sizes.initialGzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET as number);
  expect(sizes.initialFiles.map((file) => file.file).join(" ")).not.toMatch(/monaco|editor\.main|yaml\.worker/i);
});

test("the first load comes in at most 3 files: each one is a request before the first paint", () => {
  const sizes = bundleSizes(process.env.E2E_DIST ?? "dist") as { initialFiles: { file: string }[] };
  expect(sizes.initialFiles.length, sizes.initialFiles.map((file) => file.file).join(" ")).toBeLessThanOrEqual(FIRST_LOAD_FILES_BUDGET as number);
});
