// The one module that imports monaco-editor. It is reached only through React.lazy (the preview's
// editors, the steps' code fields), so Monaco is never part of the first load. Importing it sets
// up the workers (bundled files from our own origin: the app works offline and under a CSP
// without 'unsafe-eval') and points @monaco-editor/react at this copy instead of its default CDN.
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker?worker";
import { configureMonacoYaml } from "monaco-yaml";
import valuesSchema from "../../chart/dagger-helm/values.schema.json";
import { editorSchema } from "./editor-schema";
import YamlWorker from "./yaml.worker?worker";

/** The model path that the values.yaml preview uses, so the chart's schema applies to it. */
export const VALUES_MODEL_PATH = "file:///dagger-helm/values.yaml";

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "yaml") return new YamlWorker();
    // engine.json is edited in a json model (the steps' code fields).
    if (label === "json") return new JsonWorker();
    return new EditorWorker();
  },
};

loader.config({ monaco });

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

export { monaco };
