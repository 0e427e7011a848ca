// Keystroke-to-preview latency of the production build in Chromium: types into a field and times
// each key event until the manifests preview shows the new value. Measures only; no test asserts
// timings (they depend on the machine).
// --field release (the default): the release name, which is not in values.yaml.
// --field values: the name override, a values field: each key is written into the values.yaml
//   text through the yaml Document API, the text is read again, validated and rendered.
// Usage: npm run build && npx tsx scripts/preview-latency.ts [--keys 240] [--dist dist] [--field release|values]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const KEYS = Number(option("keys", "240"));
const FIELD = option("field", "release");
if (FIELD !== "release" && FIELD !== "values") throw new Error(`--field must be release or values, not ${FIELD}`);
const DIST = option("dist", "dist");
const PORT = Number(option("port", String(await freePort())));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Records each key event's time, and waitForLine(line) resolves with the time from the last one
 * until a line of the preview reads exactly `line` (Monaco renders each line as a .view-line). */
const IN_PAGE = `
  window.addEventListener("keydown", (event) => { window.lastKeyAt = event.timeStamp; }, true);
  window.waitForLine = (line) => new Promise((resolve) => {
    const root = document.querySelector('[aria-label="Preview"]');
    const shows = () => [...root.querySelectorAll(".view-line")].some((element) => element.textContent.replace(/\\u00a0/g, " ").trim() === line);
    const observer = new MutationObserver(() => {
      if (shows()) { observer.disconnect(); resolve(performance.now() - window.lastKeyAt); }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
`;

if (!existsSync(`${DIST}/index.html`)) {
  console.error(`${DIST}/index.html is missing: run npm run build first`);
  process.exit(1);
}

const server = spawn(process.execPath, ["node_modules/vite/bin/vite.js", "preview", "--outDir", DIST, "--host", "127.0.0.1", "--strictPort", "--port", String(PORT)], { stdio: ["ignore", "ignore", "inherit"] });
const url = `http://127.0.0.1:${PORT}/`;

try {
  await waitForServer(url);
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "manifests" }).click();
  await preview.locator(".monaco-editor .view-line").first().waitFor({ timeout: 60_000 });

  // Page code goes in as text: tsx would wrap functions with helpers that the page does not have.
  await page.evaluate(IN_PAGE);

  const field = page.getByRole("textbox", { name: FIELD === "release" ? "Release name" : "Name override", exact: true });
  await field.click();
  if (FIELD === "values") await field.fill("dagger");
  await page.keyboard.press("End");
  // Grow the name to 40 characters and shrink it back to "dagger", so that every keystroke
  // changes the rendered release and the name stays within Helm's 53.
  const shownAs = FIELD === "release" ? "app.kubernetes.io/instance" : "app.kubernetes.io/name";
  let name = "dagger";
  const samples: number[] = [];
  for (let index = 0; index < KEYS; index++) {
    const growing = Math.floor(index / 34) % 2 === 0;
    const key = growing ? String.fromCharCode(97 + (index % 26)) : "Backspace";
    const next = growing ? name + key : name.slice(0, -1);
    // Armed before the key (and not awaited: evaluate would wait for the promise to settle).
    await page.evaluate(`window.pending = window.waitForLine(${JSON.stringify(`${shownAs}: ${next}`)}); undefined`);
    await page.keyboard.press(key);
    samples.push(Number(await page.evaluate("window.pending")));
    name = next;
  }
  await browser.close();

  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  console.log(`keystroke to preview (${FIELD === "release" ? "release name" : "name override, through values.yaml"}; manifests tab, Monaco), ${samples.length} keystrokes in Chromium:`);
  console.log(`  p50 ${at(0.5).toFixed(1)} ms   p95 ${at(0.95).toFixed(1)} ms   mean ${mean.toFixed(1)} ms   max ${samples.at(-1)!.toFixed(1)} ms`);
} finally {
  server.kill();
}

async function waitForServer(target: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(target)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${target}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
