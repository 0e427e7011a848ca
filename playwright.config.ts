// Journeys against the production build (vite build, then vite preview), in Chromium's headless
// shell from the system's package, as Playwright runs headless tests with its own browsers (it
// cannot download them here: scripts/setup-test-env.mjs). On two cores the journeys are bound by
// the CPU, and the shell takes ~30% less time than the full browser; the benches, which measure
// what a user feels, keep the full browser (scripts/bench-browser.ts).
import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell";
// Another build and results folder keep two runs in one work tree out of each other's way.
const DIST = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // This machine runs in fast and slow phases: a journey of 26 s in a fast one took over 60 s in a
  // slow one (two Chromiums on two cores), and the whole run 8 to 22 minutes. The journeys that
  // load the page again and again ask for more with test.slow().
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // No trace by default: recording one (a screencast and a DOM snapshot per action) took ~40% of
    // the journeys' CPU, for every test that passes. A failing journey is run again with one:
    // npx playwright test e2e/<file> --trace retain-on-failure
    trace: "off",
    colorScheme: "light",
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    // The production build, served as a user would get it: its CSP meta tag and lazy chunks included.
    command: `npx vite build --outDir ${DIST} --emptyOutDir && npx vite preview --outDir ${DIST} --host 127.0.0.1 --strictPort --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
