// The names of the Monaco themes the wizard defines (monaco.ts), away from Monaco itself so that
// the editors can name them without importing it.
export const EDITOR_THEMES = { light: "dagger-light", dark: "dagger-dark" } as const;

export function editorTheme(scheme: "light" | "dark"): string {
  return EDITOR_THEMES[scheme];
}
