// Makes the built site a Helm chart repository: the build emits charts/<chart>.tgz and
// charts/index.yaml beside index.html, and the dev server answers the same paths, so that the
// install commands the wizard writes (helm … --repo <site>/charts) work wherever it is served.
import type { Plugin } from "vite";
import { chartRepository, CHART_DIR } from "./build-repository";

export function chartRepositoryPlugin(chartDir: string = CHART_DIR): Plugin {
  return {
    name: "chart-repository",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? "").split("?")[0] ?? "").replace(/^\/+/, "");
        // Packed per request, so that the dev server follows edits to the chart.
        const bytes = path.startsWith("charts/") ? chartRepository(chartDir).files.get(path) : undefined;
        if (!bytes) return next();
        response.setHeader("Content-Type", path.endsWith(".tgz") ? "application/gzip" : "application/yaml");
        response.end(bytes);
      });
    },
    generateBundle() {
      for (const [fileName, source] of chartRepository(chartDir).files) this.emitFile({ type: "asset", fileName, source });
    },
  };
}
