// The script in index.html's <head> decides, before anything else runs, whether the first screen
// of a first visit may show: it must know every key the wizard keeps settings under, and err
// towards hiding the screen.
import { describe, expect, it } from "vitest";
import { SAVED_STATE_KEY, SET_ASIDE_STATE_KEY } from "../../src";
import { SET_ASIDE_KEYS } from "../form/start-state";
import { COLOR_SCHEME_KEY, FIRST_SCREEN_SCRIPT, NO_FIRST_SCREEN_ATTRIBUTE, SETTINGS_KEY_PREFIX } from "./page-state";

interface TPage {
  hash?: string;
  storage?: Record<string, string>;
  /** Storage that throws, as in some privacy modes. */
  noStorage?: boolean;
  darkSystem?: boolean;
}

/** Runs the head script against a stand-in page; returns <html>'s attributes after it. */
function runHeadScript(page: TPage): Map<string, string> {
  const attributes = new Map<string, string>();
  const entries = Object.entries(page.storage ?? {});
  const storage = {
    get length() {
      if (page.noStorage) throw new Error("denied");
      return entries.length;
    },
    key: (index: number) => entries[index]?.[0] ?? null,
    getItem: (key: string) => {
      if (page.noStorage) throw new Error("denied");
      return page.storage?.[key] ?? null;
    },
  };
  const matchMedia = (query: string) => ({
    matches: query === "(prefers-color-scheme: dark)" && Boolean(page.darkSystem),
  });
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
  new Function("document", "matchMedia", "localStorage", "location", FIRST_SCREEN_SCRIPT)(document, matchMedia, storage, { hash: page.hash ?? "" });
  return attributes;
}

const applies = (page: TPage) => !runHeadScript(page).has(NO_FIRST_SCREEN_ATTRIBUTE);

describe("the first screen's head script", () => {
  it("lets a first visit see the first screen, in the system's color scheme", () => {
    expect(applies({})).toBe(true);
    expect(runHeadScript({}).get("data-mantine-color-scheme")).toBe("light");
    expect(runHeadScript({ darkSystem: true }).get("data-mantine-color-scheme")).toBe("dark");
    expect(applies({ darkSystem: true, storage: { [COLOR_SCHEME_KEY]: "auto", "dagger-helm.tab-indents": "true" } })).toBe(true);
  });

  it("hides it under every key the wizard keeps settings under", () => {
    for (const key of [SAVED_STATE_KEY, SET_ASIDE_STATE_KEY, ...SET_ASIDE_KEYS]) {
      expect(key.startsWith(SETTINGS_KEY_PREFIX), key).toBe(true);
      expect(applies({ storage: { [key]: "{}" } }), key).toBe(false);
    }
  });

  it("hides it for a link and a chosen scheme (which it still sets)", () => {
    expect(applies({ hash: "#s=abc" })).toBe(false);
    expect(applies({ hash: "#" })).toBe(true);
    const chosen = runHeadScript({ storage: { [COLOR_SCHEME_KEY]: "dark" } });
    expect(chosen.has(NO_FIRST_SCREEN_ATTRIBUTE)).toBe(true);
    expect(chosen.get("data-mantine-color-scheme")).toBe("dark");
    expect(runHeadScript({ darkSystem: true, storage: { [COLOR_SCHEME_KEY]: "light" } }).get("data-mantine-color-scheme")).toBe("light");
  });

  it("follows the system when storage is refused, and still shows the first screen", () => {
    const attributes = runHeadScript({ noStorage: true, darkSystem: true });
    expect(attributes.get("data-mantine-color-scheme")).toBe("dark");
    expect(attributes.has(NO_FIRST_SCREEN_ATTRIBUTE)).toBe(false);
  });
});
