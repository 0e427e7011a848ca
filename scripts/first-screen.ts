// The first screen in the built index.html. At 4x CPU throttling (a mid-range laptop) the page
// first painted ~1 s after its scripts started, in React's first render: the largest paint came at
// 1.6-2.1 s. The build now renders a first visit's first screen with React on Node (an SSR build
// of app/first-screen/prerender.tsx) and writes it into #root, so it paints as the HTML arrives;
// main.tsx hydrates it (app/first-screen/page-state.ts says when it applies).
import react from "@vitejs/plugin-react";
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "vite";
import { FIRST_SCREEN_SCRIPT } from "../app/first-screen/page-state.ts";
import { mantineReactIds } from "./mantine-react-ids.ts";

/** The policy's source for the inline script in <head>: it is allowed by its hash, nothing else inline is. */
export const FIRST_SCREEN_SCRIPT_SOURCE = `'sha256-${createHash("sha256").update(FIRST_SCREEN_SCRIPT).digest("base64")}'`;

const ROOT = '<div id="root"></div>';

/** The HTML of the first screen, from an SSR build of prerender.tsx (under .cache, where its imports resolve). */
async function renderFirstScreen(projectRoot: string): Promise<string> {
  const outDir = resolve(projectRoot, ".cache/first-screen");
  await build({
    configFile: false,
    root: projectRoot,
    logLevel: "warn",
    plugins: [react(), mantineReactIds()],
    build: { ssr: "app/first-screen/prerender.tsx", outDir, emptyOutDir: true, target: "node20" },
  });
  // The app starts its values worker when its module loads; the first screen reads nothing, so on
  // Node a worker that never answers stands in while the module is imported.
  const stand = globalThis as { Worker?: unknown };
  const had = "Worker" in stand;
  stand.Worker ??= class {
    postMessage(): void {}
    terminate(): void {}
  };
  try {
    const module = (await import(`${pathToFileURL(resolve(outDir, "prerender.js")).href}?at=${Date.now()}`)) as { firstScreenHtml: () => string };
    return module.firstScreenHtml();
  } finally {
    // The build stays: the app's lazy modules, which rendering started to load, read it after.
    if (!had) delete stand.Worker;
  }
}

export function firstScreen(): Plugin {
  let projectRoot = process.cwd();
  return {
    name: "first-screen",
    apply: "build",
    configResolved(config) {
      projectRoot = config.root;
    },
    // Only the app's own build: the SSR build above (and any other) leaves index.html alone.
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} for the first screen`);
        const screen = await renderFirstScreen(projectRoot);
        return {
          html: html.replace(ROOT, `<div id="root" inert>${screen}</div>`),
          tags: [{ tag: "script", children: FIRST_SCREEN_SCRIPT, injectTo: "head" }],
        };
      },
    },
  };
}
