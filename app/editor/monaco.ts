// The one module that imports monaco-editor. It is reached only through React.lazy (the preview's
// editors, the steps' code fields), so Monaco is never part of the first load. Importing it sets
// up the workers (bundled files from our own origin: the app works offline and under a CSP
// without 'unsafe-eval') and points @monaco-editor/react at this copy instead of its default CDN.
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { errorHandler } from "monaco-editor/esm/vs/base/common/errors.js";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker?worker";
import { conf as yamlConf, language as yamlTokens } from "monaco-editor/esm/vs/basic-languages/yaml/yaml.js";
import { configureMonacoYaml } from "monaco-yaml";
import valuesSchema from "../../chart/dagger-helm/values.schema.json";
import { editorSchema } from "./editor-schema";
import { EDITOR_THEMES } from "./editor-theme";
import YamlWorker from "./yaml.worker?worker";

/** The model path that the values.yaml preview uses, so the chart's schema applies to it. */
export const VALUES_MODEL_PATH = "file:///dagger-helm/values.yaml";

/**
 * The language of the read-only views (manifests, the changes and upgrade diffs): YAML's colours
 * and indentation folding, without monaco-yaml's language worker. That worker parses every "yaml"
 * model on each change and sends back its outline and diagnostics; for a 100 KB file's manifests
 * and the changes tab's four models, receiving them took ~23 ms of the page's main thread per
 * keystroke, for a view nobody edits and whose text the core wrote.
 */
export const PREVIEW_LANGUAGE = "yaml-preview";

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "yaml") return new YamlWorker();
    // engine.json is edited in a json model (the steps' code fields).
    if (label === "json") return new JsonWorker();
    return new EditorWorker();
  },
};

loader.config({ monaco });

// Monaco cancels the work it scheduled for an editor that goes away (a word's highlight when a tab
// closes right after a click in it), and some of those promises have no handler: the browser then
// reports an uncaught "Canceled". Monaco's own error handler ignores cancellations; so does the page.
window.addEventListener("unhandledrejection", (event) => {
  const reason: unknown = event.reason;
  if (reason instanceof Error && reason.name === "Canceled" && reason.message === "Canceled") event.preventDefault();
});

// Monaco's bracket-pair tree can read a line whose stored tokens Monaco has not yet brought up to
// a quick run of edits (form fields writing into the values editor on a loaded machine: 4 of 8
// runs of a map journey). Monaco reports "Token length and text length do not match!" as an
// unexpected error, thrown on a timer, and carries on; the next tokenization mends the line. The
// page logs that one as a warning; any other unexpected error is thrown as Monaco would.
const TOKENS_BEHIND = "Token length and text length do not match!";
const rethrow = errorHandler.unexpectedErrorHandler;
errorHandler.unexpectedErrorHandler = (error) => {
  if (error instanceof Error && error.message === TOKENS_BEHIND) console.warn("Monaco redraws a line whose tokens were behind its text:", error);
  else rethrow(error);
};

monaco.languages.register({ id: PREVIEW_LANGUAGE, aliases: ["YAML"] });
monaco.languages.setMonarchTokensProvider(PREVIEW_LANGUAGE, yamlTokens);
monaco.languages.setLanguageConfiguration(PREVIEW_LANGUAGE, yamlConf);

configureMonacoYaml(monaco, {
  // The schema ships in the bundle: nothing is ever fetched.
  enableSchemaRequest: false,
  schemas: [
    {
      // It names the schema in hovers, as a "Source" link: the copy the build puts beside
      // index.html, relative to the page so that it holds under any path.
      uri: new URL("values.schema.json", document.baseURI).href,
      fileMatch: ["**/values.yaml"],
      schema: editorSchema(valuesSchema) as never,
    },
  ],
});

// Monaco's own themes with the token colours that read under WCAG AA (4.5:1): vs-dark's comments
// (#608b4e on #1e1e1e) are 4.2:1; VS Code's later Dark+ green is 5.0:1.
monaco.editor.defineTheme(EDITOR_THEMES.light, { base: "vs", inherit: true, rules: [], colors: {} });
monaco.editor.defineTheme(EDITOR_THEMES.dark, { base: "vs-dark", inherit: true, rules: [{ token: "comment", foreground: "6a9955" }], colors: {} });

export { monaco };
