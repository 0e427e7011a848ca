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

/**
 * The schema for the user's file: Helm checks values.schema.json against the values merged with
 * the chart's defaults, so the `required` lists hold there; a user's values.yaml sets only what it
 * changes, and flagging every key it leaves out would drown the real problems.
 */
function withoutRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequired);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "required").map(([key, value]) => [key, withoutRequired(value)]));
}

configureMonacoYaml(monaco, {
  // The schema ships in the bundle: nothing is ever fetched.
  enableSchemaRequest: false,
  schemas: [
    {
      // A URI of our own; it only names the schema in hovers and is never requested.
      uri: "https://dagger-helm.invalid/values.schema.json",
      fileMatch: ["**/values.yaml"],
      schema: withoutRequired(valuesSchema) as never,
    },
  ],
});

export { monaco };
