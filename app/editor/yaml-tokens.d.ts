// Monaco's own YAML tokenizer (its Monarch grammar), which the package ships without types.
declare module "monaco-editor/esm/vs/basic-languages/yaml/yaml.js" {
  import type { languages } from "monaco-editor";
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
