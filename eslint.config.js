import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** YAML is parsed in one place, src/yaml/yaml11.ts (go-yaml's rules, duplicated keys found in linear time). */
const YAML_PARSERS = {
  name: "yaml",
  importNames: ["parse", "parseDocument", "parseAllDocuments"],
  message: "Parse with parseYaml11Document (src/yaml/yaml11.ts, in the core's entry): YAML 1.1 as Helm reads it, duplicated keys found in linear time.",
};

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", ".cache", "test-results", "test-results-*", "playwright-report", "scratch"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The core is plain TypeScript: the wizard, the CLI and the tests all use it, so it must
    // never reach for UI code.
    files: ["src/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [YAML_PARSERS],
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/ is the UI-free core." },
            { group: ["@mantine/*"], message: "src/ is the UI-free core." },
            { group: ["monaco-editor", "monaco-editor/*", "monaco-yaml", "@monaco-editor/*"], message: "src/ is the UI-free core." },
            { group: ["react-hook-form", "@hookform/*"], message: "src/ is the UI-free core." },
            { group: ["**/app/*", "**/app"], message: "src/ must not import the wizard." },
          ],
        },
      ],
    },
  },
  {
    // kubernetes-models is a dev dependency for its types: its classes and validators would grow
    // the wizard's bundle and the CLI would not find them once installed. Tests may validate with it.
    files: ["src/**", "app/**", "bin/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["kubernetes-models", "kubernetes-models/*", "@kubernetes-models/*"],
              allowTypeImports: true,
              message: "kubernetes-models is for types only: use `import type`.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          paths: [YAML_PARSERS],
          // The wizard sees the core through its entry (src/index.ts), never an inner module: the
          // core can then move its insides freely. (A lazily loaded module of the core is named by
          // an import() expression, which this rule does not see: that is where a chunk starts.)
          patterns: [
            {
              regex: "^(\\.\\./)+src/.+",
              message: "Import the core from its entry (src/index.ts); add the export there if it is missing.",
            },
          ],
        },
      ],
    },
  },
);
