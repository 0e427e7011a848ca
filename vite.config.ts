import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import { tsImport } from "tsx/esm/api";
import { defineConfig, type Plugin } from "vite";
import { firstScreen, FIRST_SCREEN_SCRIPT_SOURCE } from "./scripts/first-screen.ts";
import { mantineReactIds } from "./scripts/mantine-react-ids.ts";
import { mantineStylesCheck } from "./scripts/mantine-styles.ts";

/**
 * The production page's Content-Security-Policy. Everything is served from the app's own origin:
 * no CDN, no remote fonts. Mantine and Monaco write style attributes and <style> elements at run
 * time, so styles need 'unsafe-inline'; the one inline script (the first screen's, in <head>) is
 * allowed by its hash, no other, and nothing needs eval. Monaco's and
 * monaco-yaml's workers are separate files from 'self' (blob: stays allowed for browsers that
 * wrap module workers).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${FIRST_SCREEN_SCRIPT_SOURCE}`,
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/** Injects the policy as a meta tag into the built index.html only: Vite's dev server needs inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
      ],
    },
  };
}

const SCHEMA_FILE = "chart/dagger-helm/values.schema.json";

/**
 * Serves the chart's values.schema.json beside index.html (the build copies it into dist/): the
 * values editor's hovers link to it, so that their "Source" opens it from the app's own origin.
 */
function valuesSchemaFile(): Plugin {
  return {
    name: "values-schema-file",
    configureServer(server) {
      server.middlewares.use("/values.schema.json", (_request, response) => {
        response.setHeader("Content-Type", "application/json");
        response.end(readFileSync(SCHEMA_FILE));
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "values.schema.json", source: readFileSync(SCHEMA_FILE) });
    },
  };
}

/**
 * charts/ in the build: the chart packed as `helm package` packs it, and the repository's index
 * (scripts/chart-repository). Loaded through tsx rather than imported: the core's YAML modules it
 * uses import without file extensions, which Vite's coming native config loader cannot resolve.
 */
const chartRepository = tsImport("./scripts/chart-repository/vite-plugin.ts", import.meta.url).then(
  (module: typeof import("./scripts/chart-repository/vite-plugin")) => module.chartRepositoryPlugin(),
);

export default defineConfig({
  // Relative asset URLs, so that dist/ works from any path (a sub-folder, a file share).
  base: "./",
  plugins: [react(), mantineReactIds(), mantineStylesCheck(), contentSecurityPolicy(), firstScreen(), valuesSchemaFile(), chartRepository],
  worker: { format: "es" },
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        // Everything index.html loads before the first paint in one chunk. Rolldown's own split cut
        // it into ~50 small chunks shared with the lazy ones, ~50 requests before the first paint
        // (at 4x CPU throttling, LCP 2.0-2.7 s against 1.3-2.0 s as one file). What loads later
        // keeps its chunks; they import what they share from this one.
        codeSplitting: { groups: [{ name: "first-load", tags: ["$initial"] }] },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    // The meta tag's policy again, as headers: only a header can forbid other sites to frame the
    // wizard (frame-ancestors; X-Frame-Options for browsers without it).
    headers: { "Content-Security-Policy": `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`, "X-Frame-Options": "DENY" },
  },
});
