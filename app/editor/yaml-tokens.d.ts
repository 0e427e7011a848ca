// Monaco's own YAML tokenizer (its Monarch grammar), which the package ships without types.
declare module "monaco-editor/esm/vs/basic-languages/yaml/yaml.js" {
  import type { languages } from "monaco-editor";
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}

// Monaco's handler of the errors it recovers from (it throws them on a timer unless replaced).
declare module "monaco-editor/esm/vs/base/common/errors.js" {
  export const errorHandler: { unexpectedErrorHandler: (error: unknown) => void };
}
