import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
